/// Recurrences (TIMEX3 SET): `every Monday`, `each year`, `every two weeks`, `every other day`,
/// `annually`, `daily`.
extension PhraseMatcher {
  func recurrence(at index: Int) -> TimeMatch? {
    guard let frequency = scanner.value(index, .frequency) else { return nil }
    if frequency >= 0 {
      guard let unit = CalendarUnit(rawValue: UInt8(frequency)),
        scanner.isAnyWord(index, "daily", "nightly", "weekly", "monthly", "quarterly", "yearly", "annually", "hourly")
      else { return nil }
      // Capitalized before a capitalized word, it opens a name: `The Daily Courier`.
      if scanner.isCapitalized(index), scanner.isCapitalized(index + 1), scanner.tokens[index + 1].kind == .word {
        return nil
      }
      let (durationUnit, size) = unit.duration
      let duration = unit == .quarter ? TimeDuration(3, .month) : TimeDuration(size, durationUnit)
      return TimeMatch(index, index + 1, .recurringInterval(duration), kind: .set)
    }
    var next = index + 1
    var count: Double = 1
    if scanner.isWord(next, "other") {
      count = 2
      next += 1
    } else if !scanner.isWord(index, "per"), let (value, end) = scanner.cardinal(at: next) {
      count = value
      next = end
    }
    if let unit = unit(at: next) {
      let (durationUnit, size) = unit.duration
      return TimeMatch(index, next + 1, .recurringInterval(TimeDuration(count * size, durationUnit)), kind: .set)
    }
    guard !scanner.isWord(index, "per") else { return nil }
    if let day = scanner.value(next, .weekday).map({ $0 > 10 ? $0 - 10 : $0 }) {
      let end = scanner.tokens[next].length >= 6 ? next + 1 : scanner.skippingPeriod(next + 1)
      return TimeMatch(index, end, .recurringPoint(TimePoint(precision: .week, year: nil, weekday: day)), kind: .set)
    }
    if let month = scanner.value(next, .month), scanner.isCapitalized(next) {
      return TimeMatch(index, next + 1, .recurringPoint(.month(nil, month)), kind: .set)
    }
    if let part = partOfDay(at: next) {
      let point = TimePoint(precision: .partOfDay, year: nil, partOfDay: part)
      return TimeMatch(index, next + 1, .recurringPoint(point), kind: .set)
    }
    return nil
  }
}
