/// The time and adverbs a verb takes right beside it (`announced on Monday that …`, `said
/// earlier this year that …`): what a report's content starts after.
extension TaggedText {
  /// The first token after `verb` and the time and adverbs right after it, at most `end`. A time
  /// that owns a noun (`said Sunday's vote was rigged`) opens what follows, not the verb's own.
  func pastOwnTime(after verb: Int, before end: Int) -> Int {
    var index = verb + 1
    while index < end, isOwnTime(index, before: end), !opensPossessive(index) { index += 1 }
    return index
  }

  /// Whether a time starts at `index` and is followed by a possessive `'s` (`Sunday's`).
  private func opensPossessive(_ index: Int) -> Bool {
    let time = timeOf[index]
    guard time >= 0, index == 0 || timeOf[index - 1] != time else { return false }
    var end = index + 1
    while end < timeOf.count, timeOf[end] == time { end += 1 }
    return isPossessive(after: end)
  }

  /// The token before `index` and the time and adverbs right before it (`said` before `earlier
  /// this year that`).
  func beforeOwnTime(_ index: Int) -> Int {
    var previous = index - 1
    while previous > 0, isOwnTime(previous, before: index) { previous -= 1 }
    return previous
  }

  /// Whether the token is part of a time, an adverb, or a preposition before a time.
  private func isOwnTime(_ index: Int, before end: Int) -> Bool {
    timeOf[index] >= 0 || upos(index) == .adv || index + 1 < end && has(index, .preposition) && timeOf[index + 1] >= 0
  }
}
