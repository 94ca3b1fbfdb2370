/// Weekdays, alone or with a part of the day: `Sunday`, `Friday night`, `Tuesday morning`; in
/// the plural they recur (`on Mondays`, `Tuesday nights`). After `a`, a weekday that ends its
/// noun phrase is no particular one (`on a Sunday morning`; not `in a Wednesday media event`).
/// After `the`, a weekday is the one in the week of the day the story last told (`will run from
/// Thursday 7 August to Sunday 10 August. X will headline the Friday night.`). A week named right
/// after the weekday places it in that week (`Friday next week`, `Thursday last week`).
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
    if let weeks = namedWeek(at: end) { return TimeMatch(index, end + 2, .weekdayOfWeek(day, weeks: weeks)) }
    let meaning: TimeMeaning =
      index == 0 ? .weekday(day)
      : scanner.isWord(index - 1, "the") ? .weekdayFromNarrative(day, direction: 0)
      : scanner.isWord(index - 1, "a") && endsNounPhrase(at: scanner.value(end, .partOfDay) == nil ? end : end + 1)
        ? .someWeekday(day) : .weekday(day)
    if let part = scanner.value(end, .partOfDay) {
      return TimeMatch(index, end + 1, meaning, kind: .time, partOfDay: TimePoint.PartOfDay.allCases[part])
    }
    return TimeMatch(index, end, meaning)
  }

  /// Whether no noun follows at `index` for a weekday to modify (`a Wednesday media event` is that
  /// week's Wednesday): a mark, the end of the sentence or a preposition or conjunction.
  private func endsNounPhrase(at index: Int) -> Bool {
    guard scanner.isWordToken(index) else { return !scanner.isNumber(index) }
    return scanner.isAnyWord(
      index, "in", "on", "at", "of", "when", "and", "or", "but", "after", "before", "with", "that", "which", "while", "as", "to",
      "for", "from", "during", "than", "like")
  }

  /// The weeks from the reference's week that `last week`, `this week` or `next week` at `index` names.
  private func namedWeek(at index: Int) -> Int? {
    guard scanner.isWord(index + 1, "week") else { return nil }
    if scanner.isWord(index, "last") { return -1 }
    if scanner.isWord(index, "this") { return 0 }
    return scanner.isWord(index, "next") ? 1 : nil
  }

  /// `Mondays`: every Monday.
  private func everyWeekday(at index: Int) -> TimeMatch? {
    guard let plural = scanner.value(index, .weekday), plural > 10, scanner.isCapitalized(index) else { return nil }
    let point = TimePoint(precision: .week, year: nil, weekday: plural - 10)
    return TimeMatch(index, index + 1, .recurringPoint(point), kind: .set)
  }
}
