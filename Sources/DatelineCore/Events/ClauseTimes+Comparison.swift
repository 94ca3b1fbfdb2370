extension ClauseTimes {
  /// How many words a comparison's noun phrase may hold before its time.
  static let comparisonReach = 10

  /// Whether the expression starting at `index` dates the figure a clause is set beside, not the
  /// clause: it ends a noun phrase without a verb after `compared with` (or `to`), `up from`,
  /// `down from`, or `against` after a comma (`a loss in March, compared with a profit a year
  /// earlier`, `turnout reached 62%, up from 55% in 2021`).
  func isComparisonSpan(startingAt index: Int) -> Bool {
    var word = index - 1
    while word > 0, word >= index - Self.comparisonReach {
      if tagged.isWord(word, "with") || tagged.isWord(word, "to") { return tagged.isWord(word - 1, "compared") }
      if tagged.isWord(word, "from") { return tagged.isWord(word - 1, "up") || tagged.isWord(word - 1, "down") }
      if tagged.isWord(word, "against") { return tagged.has(word - 1, .comma) }
      guard [.noun, .propn, .adj, .num, .det, .adp, .sym].contains(tagged.upos(word)), tagged.timeOf[word] < 0 else {
        return false
      }
      word -= 1
    }
    return false
  }
}
