/// Weekdays, alone or with a part of the day: `Sunday`, `Friday night`, `Tuesday morning`.
extension PhraseMatcher {
  func weekday(at index: Int) -> TimeMatch? {
    guard let day = scanner.value(index, .weekday) else { return nil }
    let fullName = scanner.tokens[index].length >= 6
    let end = fullName ? index + 1 : scanner.skippingPeriod(index + 1)
    guard scanner.isCapitalized(index), fullName || end > index + 1 else { return nil }
    if let part = scanner.value(end, .partOfDay), !isPlural(end) {
      return TimeMatch(index, end + 1, .weekday(day), kind: .time, partOfDay: TimePoint.PartOfDay.allCases[part])
    }
    return TimeMatch(index, end, .weekday(day))
  }
}
