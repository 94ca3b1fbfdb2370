/// Weekdays, alone or with a part of the day: `Sunday`, `Friday night`, `Tuesday morning`; in
/// the plural they recur (`on Mondays`, `Tuesday nights`). After `the`, a weekday is the one in
/// the week of the day the story last told (`will run from Thursday 7 August to Sunday 10
/// August. X will headline the Friday night.`).
extension PhraseMatcher {
  func weekday(at index: Int) -> TimeMatch? {
    guard let day = scanner.value(index, .weekday), day <= 7 else { return everyWeekday(at: index) }
    let fullName = scanner.tokens[index].length >= 6
    let end = fullName ? index + 1 : scanner.skippingPeriod(index + 1)
    guard scanner.isCapitalized(index), fullName || end > index + 1 else { return nil }
    if let part = scanner.value(end, .partOfDay), isPlural(end) {
      var point = TimePoint(precision: .week, year: nil, weekday: day)
      point.partOfDay = TimePoint.PartOfDay.allCases[part]
      return TimeMatch(index, end + 1, .recurringPoint(point), kind: .set)
    }
    let meaning: TimeMeaning = index > 0 && scanner.isWord(index - 1, "the") ? .weekdayFromNarrative(day, direction: 0) : .weekday(day)
    if let part = scanner.value(end, .partOfDay) {
      return TimeMatch(index, end + 1, meaning, kind: .time, partOfDay: TimePoint.PartOfDay.allCases[part])
    }
    return TimeMatch(index, end, meaning)
  }

  /// `Mondays`: every Monday.
  private func everyWeekday(at index: Int) -> TimeMatch? {
    guard let plural = scanner.value(index, .weekday), plural > 10, scanner.isCapitalized(index) else { return nil }
    let point = TimePoint(precision: .week, year: nil, weekday: plural - 10)
    return TimeMatch(index, index + 1, .recurringPoint(point), kind: .set)
  }
}
