/// Clock times, alone or with their day: `2:30 a.m.`, `10 p.m.`, `14:45 GMT`, `noon`,
/// `midnight`, `ten o'clock`, `2:30 a.m. Sunday`, `10 a.m. yesterday`.
extension PhraseMatcher {
  func clockTime(at index: Int) -> TimeMatch? {
    guard let reading = clockReading(at: index) else { return nil }
    var (hour, end) = (reading.0, reading.2)
    let minute = reading.1
    // What happens after midnight happens in the small hours of the day it is told of (`shortly
    // after midnight on Sunday`), not at the end of it (`by midnight Friday`, TIMEX3 `T24`).
    let isAfterMidnight = hour == 24 && index > 0 && scanner.isWord(index - 1, "after")
    if isAfterMidnight { hour = 0 }
    while isTimeZone(end) { end += 1 }
    if scanner.isWord(end, "local"), scanner.isWord(end + 1, "time") { end += 2 }
    var found = TimeMatch(index, end, .fromNarrative(.day, 0), kind: .time)
    found.isAfterMidnight = isAfterMidnight
    if let day = dayAfterClock(at: end) {
      found.meaning = day.meaning
      if !scanner.isMark(end, UInt8(ascii: "(")) { found.end = day.end }
    }
    found.clock = (hour, minute)
    return found
  }

  /// The hour, minute and end of a clock reading at `index`.
  private func clockReading(at index: Int) -> (Int, Int, Int)? {
    if let clock = scanner.value(index, .clock) {
      guard !isProperName(index), index == 0 || !scanner.isWord(index - 1, "high") else { return nil }
      return (clock / 100, clock % 100, index + 1)
    }
    if let wire = wireClock(at: index) { return wire }
    let hourValue = scanner.digits(index) ?? scanner.value(index, .cardinal)
    guard let hour = hourValue, (0...24).contains(hour) else { return nil }
    var minute = 0
    var end = index + 1
    var hasMinutes = false
    if scanner.isNumber(index), isMinuteSeparator(end), scanner.isAttached(end), scanner.isAttached(end + 1),
      let minutes = scanner.digits(end + 1), scanner.digitCount(end + 1) == 2, minutes < 60
    {
      minute = minutes
      end += 2
      hasMinutes = true
    }
    if let (meridiem, after) = meridiem(at: end) {
      guard hour >= 1 && hour <= 12 else { return nil }
      let twentyFour = meridiem == 0 ? (hour == 12 ? 0 : hour) : (hour == 12 ? 12 : hour + 12)
      return (twentyFour, minute, after)
    }
    if scanner.isWord(end, "o"), scanner.isMark(end + 1, UInt8(ascii: "'")) || scanner.isAttached(end + 1), scanner.isWord(end + 2, "clock") {
      // Capitalized inside a sentence it names a programme: `the Six O'Clock News`.
      return isProperName(index) && scanner.isCapitalized(end + 2) ? nil : (hour, minute, end + 3)
    }
    if (1...12).contains(hour), scanner.isWord(end, "in"), scanner.isWord(end + 1, "the"), let part = partOfDay(at: end + 2) {
      let afternoon = part == .afternoon || part == .evening || part == .night && hour >= 6
      return (afternoon && hour < 12 ? hour + 12 : hour, minute, end + 3)
    }
    return hasMinutes && scanner.isNumber(index) && scanner.digitCount(index) <= 2 ? (hour, minute, end) : nil
  }

  /// A wire service's four-digit clock time before its zone (`by 0930 GMT`, `at 1415 ET`); not
  /// one in brackets, which restates a time already told (`3:30 p.m. EST (2030 GMT)`).
  private func wireClock(at index: Int) -> (Int, Int, Int)? {
    guard scanner.isNumber(index), scanner.digitCount(index) == 4, isTimeZone(index + 1),
      index == 0 || !scanner.isMark(index - 1, UInt8(ascii: "(")), let digits = scanner.digits(index),
      digits / 100 < 24, digits % 100 < 60
    else { return nil }
    return (digits / 100, digits % 100, index + 1)
  }

  /// Whether the mark at `index` parts hours from minutes: a colon, or the British period when
  /// `am`/`pm` follows the minutes (`1.20am`, `11.45 p.m.`), which a decimal never has.
  private func isMinuteSeparator(_ index: Int) -> Bool {
    if scanner.isMark(index, UInt8(ascii: ":")) { return true }
    return scanner.isMark(index, UInt8(ascii: ".")) && meridiem(at: index + 2) != nil
  }

  /// `a.m.`/`am` (0) or `p.m.`/`pm` (1) at `index`, and the index after it.
  private func meridiem(at index: Int) -> (Int, Int)? {
    if scanner.isAnyWord(index, "am", "pm") {
      return (scanner.isWord(index, "am") ? 0 : 1, scanner.skippingPeriod(index + 1))
    }
    guard scanner.isAnyWord(index, "a", "p"), scanner.isMark(index + 1, UInt8(ascii: ".")), scanner.isAttached(index + 1),
      scanner.isAttached(index + 2), scanner.isWord(index + 2, "m")
    else { return nil }
    let end = scanner.isMark(index + 3, UInt8(ascii: ".")) && scanner.isAttached(index + 3) ? index + 4 : index + 3
    return (scanner.isWord(index, "a") ? 0 : 1, end)
  }

  /// Whether the word at `index` names a time zone (`EST`, `GMT`, `ET`).
  func isTimeZone(_ index: Int) -> Bool {
    scanner.isAnyWord(index, "est", "edt", "gmt", "utc", "pst", "pdt", "cst", "cdt", "mst", "mdt", "et")
  }

  /// A day right after a clock time (`Sunday`, `yesterday`, `today`, `Nov. 7`), also after the
  /// time restated in another zone (`3:30 p.m. EDT (1930 GMT) Monday`, where the day gives the
  /// value but is tagged on its own, and the restatement is not tagged).
  private func dayAfterClock(at index: Int) -> TimeMatch? {
    var next = index
    if scanner.isMark(next, UInt8(ascii: "(")), scanner.isNumber(next + 1), isTimeZone(next + 2),
      scanner.isMark(next + 3, UInt8(ascii: ")"))
    {
      next += 4
    }
    if scanner.isWord(next, "on") || scanner.isMark(next, UInt8(ascii: ",")) && scanner.has(next + 1, .month) { next += 1 }
    if let offset = scanner.value(next, .relativeDay), !scanner.isWord(next, "tonight") {
      return TimeMatch(index, next + 1, .fromReference(.day, offset))
    }
    if let date = calendarDate(at: next), case .point(let point, _) = date.meaning, point.precision == .day { return date }
    if let day = weekday(at: next), day.kind == .date { return day }
    return nil
  }
}
