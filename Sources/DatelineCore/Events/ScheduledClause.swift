/// A clause that tells what will happen on a named day: `The rules will come into effect on 1
/// February`, `said the plant would close on Friday`. A future told with its day is an event
/// of that day (a forecast, kept apart when stories are merged); a future without one is not.
struct ScheduledClause {
  let tagged: TaggedText

  /// The main verb of `range` after `will`, `would`, `shall` or `'ll`, when one of `times` (the
  /// clause's temporal expressions) names a day or a finer time after it; nil otherwise.
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

  private func isFutureModal(_ index: Int) -> Bool {
    tagged.isWord(index, "will") || tagged.isWord(index, "would") || tagged.isWord(index, "shall")
      || tagged.isWord(index, "ll")
  }
}
