/// Readings of single words shared by the rule families.
extension PhraseMatcher {
  /// A part of the day at `index` (`morning`, `night`).
  func partOfDay(at index: Int) -> TimePoint.PartOfDay? {
    scanner.value(index, .partOfDay).map { TimePoint.PartOfDay.allCases[$0] }
  }

  /// A unit of time at `index`.
  func unit(at index: Int) -> CalendarUnit? {
    scanner.value(index, .unit).flatMap { CalendarUnit(rawValue: UInt8($0)) }
  }

  /// Whether the unit word at `index` is plural (ends in `s`).
  func isPlural(_ index: Int) -> Bool {
    let token = scanner.tokens[index]
    let last = scanner.text[Int(token.end) - 1]
    return last == UInt8(ascii: "s") || last == UInt8(ascii: "S") || scanner.isWord(index, "millennia")
  }

  /// A duration match of `count` units (`nil`: an unspecified number); a fraction is written in
  /// the next smaller unit (`P2Y6M`).
  func durationMatch(_ start: Int, _ end: Int, _ count: Double?, _ unit: CalendarUnit) -> TimeMatch {
    let (durationUnit, size) = unit.duration
    return TimeMatch(start, end, .duration(TimeDuration(count.map { $0 * size }, durationUnit, splitsFraction: true)), kind: .duration)
  }

  /// Whether a noun phrase (an event) starts at `index`, rather than the clause ending.
  func opensNounPhrase(_ index: Int) -> Bool {
    scanner.isWordToken(index) && !scanner.isAnyWord(index, "and", "or", "but", "when", "as")
  }
}
