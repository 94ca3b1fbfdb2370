/// A stretch that a figure is measured over (`a pre-tax profit of £84.2m for the year to
/// September`, `sales fell 4% in the quarter to March`, `the 12 months ended June 30`): it tells
/// which period the figure covers, not when the clause that reports or tells it happened, which is
/// the story's time.
extension ClauseTimes {
  /// Whether the expression `time`, starting at `index`, ends or names a stretch of time that a
  /// figure is measured over: it follows `to`, `ending`, `ended` or `through` after a noun of a
  /// stretch (`year`, `months`, `quarter`, `weeks`, `half`, `period`), or it ends in such a noun
  /// and one of those words and a time follow it (`the quarter to March`).
  func isMeasuredPeriod(_ time: Int, startingAt index: Int) -> Bool {
    if index >= 2, isPeriodEnd(index - 1), isStretchNoun(index - 2) { return true }
    let tokens = tagged.tokens(ofTime: time)
    let after = tokens.upperBound
    return after + 1 < tagged.tokens.count && isStretchNoun(after - 1) && isPeriodEnd(after) && tagged.timeOf[after + 1] >= 0
  }

  /// Whether the word at `index` tells where a measured stretch ends: `to`, `ending`, `ended`,
  /// `through`.
  private func isPeriodEnd(_ index: Int) -> Bool {
    tagged.isWord(index, "to") || tagged.isWord(index, "ending") || tagged.isWord(index, "ended")
      || tagged.isWord(index, "through")
  }

  /// Whether the word at `index` is a lowercase noun of a stretch of time: a unit of the time
  /// lexicon (`year`, `months`, `quarter`, `weeks`), `half` or `period`.
  private func isStretchNoun(_ index: Int) -> Bool {
    guard tagged.isLowercaseWord(index) else { return false }
    if tagged.isWord(index, "half") || tagged.isWord(index, "period") { return true }
    return tagged.analysis.text.withUnsafeBufferPointer { TimeLexicon.bundled.isUnit(tagged.tokens[index], in: $0) }
  }
}
