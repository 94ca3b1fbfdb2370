/// A clause that tells what will happen on a named day: `The rules will come into effect on 1
/// February`, `said the plant would close on Friday`, `is due to deliver his budget on 5 July`. A
/// future told with its day is an event of that day (a forecast, kept apart when stories are
/// merged); a future without one is not.
struct ScheduledClause {
  let tagged: TaggedText

  /// The main verb of `range` after `will`, `would`, `shall`, `'ll` or a plan's `to`, when one of
  /// `times` (the clause's temporal expressions) names a day or a finer time after it; nil
  /// otherwise.
  func verb(in range: Range<Int>, times: [Int]) -> Int? {
    var index = range.lowerBound
    while index < range.upperBound, !isFutureModal(index) { index += 1 }
    guard index < range.upperBound else { return nil }
    var verb = index + 1
    while verb < range.upperBound, [.adv, .part, .aux].contains(tagged.upos(verb)) { verb += 1 }
    guard verb < range.upperBound, tagged.upos(verb) == .verb, tagged.isLowercaseWord(verb) else { return nil }
    let isDated = times.contains { time in
      guard let point = tagged.times[time].value.point, point.precision >= .day else { return false }
      return (verb..<range.upperBound).contains { tagged.timeOf[$0] == Int32(time) }
    }
    return isDated ? verb : nil
  }

  /// Whether the token puts the verb after it ahead: `will`, `would`, `shall`, `'ll`, or `to`
  /// after a word of plans (`is due to`, `is set to`, `plans to`).
  private func isFutureModal(_ index: Int) -> Bool {
    if tagged.isWord(index, "to") { return index > 0 && isPlanWord(index - 1) }
    return tagged.isWord(index, "will") || tagged.isWord(index, "would") || tagged.isWord(index, "shall")
      || tagged.isWord(index, "ll")
  }

  /// Whether the token tells a plan as a finite verb (`plans`, `planned`) or after a form of
  /// `be` (`is due`, `are set`; not the modifier in `a contract due to expire`).
  private func isPlanWord(_ index: Int) -> Bool {
    if tagged.isWord(index, "plans") || tagged.isWord(index, "planned") { return true }
    guard index > 0, tagged.upos(index - 1) == .aux else { return false }
    return tagged.isWord(index, "due") || tagged.isWord(index, "set") || tagged.isWord(index, "scheduled")
      || tagged.isWord(index, "slated") || tagged.isWord(index, "expected") || tagged.isWord(index, "going")
      || tagged.isWord(index, "poised")
  }
}
