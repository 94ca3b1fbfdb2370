extension TaggedText {
  /// Whether a relative clause in `range` runs on into another finite verb after a noun, a
  /// number or a time, with no conjunction, subordinator or relative word between: the verb of
  /// the clause whose subject it is inside (`that rivals have offered since 2021 | is still
  /// missing`, `who spent the night in her car | said`).
  func runsIntoMainVerb(_ range: Range<Int>) -> Bool {
    guard let own = range.first(where: { isFiniteVerb($0) }) else { return false }
    var word = own + 1
    while word < range.upperBound, [.verb, .aux, .adv, .part].contains(upos(word)) { word += 1 }
    while word < range.upperBound {
      let opensClause = has(word, .subordinator) && !has(word, .preposition)
      if opensClause || has(word, [.conjunction, .relative]) || has(word, WordFlags.segmentBreak) {
        return false
      }
      if isFiniteVerb(word), !isWord(word - 1, "to"),
        [.noun, .propn, .num].contains(upos(word - 1)) || timeOf[word - 1] >= 0
      {
        return true
      }
      word += 1
    }
    return false
  }
}
