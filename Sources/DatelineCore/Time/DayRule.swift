/// Days and parts of days: `today`, `tomorrow morning`, `tonight`, `afternoon yesterday`,
/// `the early hours of Nov. 7`, `the night before`, `the day after`.
extension PhraseMatcher {
  /// `today`, `yesterday`, `tomorrow morning`, `tonight`.
  func relativeDay(at index: Int, offset: Int) -> TimeMatch? {
    if scanner.isWord(index, "tonight") {
      return TimeMatch(index, index + 1, .fromReference(.day, 0), kind: .time, partOfDay: .night)
    }
    if let part = partOfDay(at: index + 1) {
      return TimeMatch(index, index + 2, .fromReference(.day, offset), kind: .time, partOfDay: part)
    }
    return TimeMatch(index, index + 1, .fromReference(.day, offset))
  }

  /// A day of the month told without its month after `on the` (`on the 14th`), when the phrase
  /// ends there (before a mark other than a hyphen, `and` or `or`, or at the end of the sentence):
  /// `the 30th minute` and `the 19th century` name no day, and `the 14th of each month` recurs.
  /// A month told from the reference after `of` is the day's (`on the 14th of last month`).
  func dayOfMonth(at index: Int) -> TimeMatch? {
    guard index >= 2, scanner.isWord(index - 1, "the"), scanner.isWord(index - 2, "on"),
      scanner.isAttached(index + 1), scanner.isAnyWord(index + 1, "st", "nd", "rd", "th"),
      let (day, end) = dayNumber(at: index), end == index + 2
    else { return nil }
    if scanner.isWord(end, "of"), scanner.isAnyWord(end + 1, "this", "last", "next"), scanner.isWord(end + 2, "month") {
      let months = scanner.isWord(end + 1, "last") ? -1 : scanner.isWord(end + 1, "next") ? 1 : 0
      return TimeMatch(index, end + 3, .dayOfMonth(day, months: months))
    }
    let closes = end >= scanner.limit || scanner.tokens[end].kind == .punctuation && !scanner.isMark(end, UInt8(ascii: "-"))
      || scanner.isAnyWord(end, "and", "or")
    return closes ? TimeMatch(index, end, .dayOfMonth(day)) : nil
  }

  /// `afternoon yesterday`, `morning Sunday`, and `the early morning of Nov. 7` (valued by the
  /// day named after it).
  func partOfDayPhrase(at index: Int, part: TimePoint.PartOfDay, lead: Lead) -> TimeMatch? {
    guard !isPlural(index) || scanner.isWord(index, "overnight") else { return nil }
    if let offset = scanner.value(index + 1, .relativeDay), !scanner.isWord(index + 1, "tonight") {
      return TimeMatch(index, index + 2, .fromReference(.day, offset), kind: .time, partOfDay: part)
    }
    if let day = weekday(at: index + 1), day.kind == .date {
      return TimeMatch(index, day.end, day.meaning, kind: .time, partOfDay: part)
    }
    guard lead.edge else { return nil }
    return TimeMatch(index, index + 1, dayNamedAfter(index + 1) ?? .fromNarrative(.day, 0), kind: .time, partOfDay: part)
  }

  /// The day of an `of` phrase at `index` (`the morning of Nov. 7`), which is tagged on its own.
  func dayNamedAfter(_ index: Int) -> TimeMeaning? {
    guard scanner.isWord(index, "of"), let date = calendarDate(at: index + 1) ?? weekday(at: index + 1), date.kind == .date else {
      return nil
    }
    return date.meaning
  }

  /// `the day before`, `the night before`, `the week after`: one unit from a time named next (an
  /// event, or the story's time); `the day before yesterday` is two days back.
  func beforeOrAfter(at index: Int) -> TimeMatch? {
    let part = partOfDay(at: index)
    guard let unit = part != nil ? .day : unit(at: index), !isPlural(index),
      scanner.isAnyWord(index + 1, "before", "after", "earlier", "later")
    else { return nil }
    let forward = scanner.isAnyWord(index + 1, "after", "later")
    if unit == .day, part == nil, let offset = scanner.value(index + 2, .relativeDay), offset != 0 {
      return TimeMatch(index, index + 3, .fromReference(.day, offset + (forward ? 1 : -1)))
    }
    let meaning: TimeMeaning =
      scanner.isAnyWord(index + 1, "before", "after") && opensNounPhrase(index + 2)
      ? .anchoredToEvent(unit) : .fromNarrative(unit, forward ? 1 : -1)
    var found = TimeMatch(index, index + 2, meaning, kind: part == nil ? .date : .time, partOfDay: part)
    found.shift = TimeShift(amount: 1, unit: unit.duration.unit, direction: forward ? .after : .before, partOfDay: part)
    return found
  }
}
