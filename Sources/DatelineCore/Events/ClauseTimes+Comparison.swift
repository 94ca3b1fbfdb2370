extension ClauseTimes {
  /// How many words a comparison's noun phrase may hold before its time.
  static let comparisonReach = 10

  /// Whether the expression starting at `index` dates the figure a clause is set beside, not the
  /// clause: it ends a noun phrase without a verb after `compared with` (or `to`), `up from`,
  /// `down from`, or `against` after a comma (`a loss in March, compared with a profit a year
  /// earlier`, `turnout reached 62%, up from 55% in 2021`).
  func isComparisonSpan(startingAt index: Int) -> Bool {
    if isAfterThan(index) { return true }
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

  /// How many words may stand between `than` and the time of what a clause is set beside.
  static let thanReach = 8

  /// Whether the expression starting at `index` stands after `than` in its clause, with or
  /// without a verb of its own (`fell faster than it had expected in the summer`, `was worse
  /// than in 2019`, `higher than last year`): it dates the yardstick, not the clause. Not a
  /// number's (`more than 300 people died on Monday`), nor a time that is itself the measure
  /// (`no later than Friday`, `more than a year ago`).
  private func isAfterThan(_ index: Int) -> Bool {
    var word = index - 1
    while word > 0, index - word <= Self.thanReach, tagged.tokens[word].kind == .word, tagged.timeOf[word] < 0 {
      if tagged.isWord(word, "than") {
        guard word == index - 1 else { return true }
        return !["later", "earlier", "sooner", "more", "less", "fewer", "longer"].contains { tagged.isWord(word - 1, $0) }
      }
      if [.sconj, .cconj].contains(tagged.upos(word)) || tagged.isWord(word, "which") { return false }
      word -= 1
    }
    return false
  }
}
