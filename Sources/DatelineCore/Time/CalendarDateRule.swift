/// Calendar dates: `Nov. 7`, `November 7, 2021`, `7 November 2021`, `the 7th of November`,
/// `May 2020`, `October of 1999`, `2021-11-07`, `11/7/2021`, `Sunday, Nov. 7`, and months alone
/// (`In October`), or from one to another that make up a quarter (`July-September`).
extension PhraseMatcher {
  func calendarDate(at index: Int) -> TimeMatch? {
    guard index < scanner.limit else { return nil }
    if scanner.isNumber(index) { return numericDate(at: index) ?? dayFirstDate(at: index) }
    if let day = scanner.value(index, .weekday) { return day <= 7 ? weekdayDate(at: index) : nil }
    return monthFirstDate(at: index)
  }

  /// `Nov. 7`, `November 7, 2021`, `May 2020`, `October`.
  private func monthFirstDate(at index: Int) -> TimeMatch? {
    guard let month = scanner.value(index, .month) else { return nil }
    let abbreviated = scanner.tokens[index].length <= 4 && !scanner.isAnyWord(index, "june", "july", "may")
    let afterMonth = scanner.skippingPeriod(index + 1)
    if let (day, afterDay) = dayNumber(at: afterMonth) {
      if let (year, afterYear) = yearAfterDay(at: afterDay) {
        return TimeMatch(index, afterYear, .point(.day(year, month, day)))
      }
      if let told = withYearTold(.day(nil, month, day), from: index, after: afterDay) { return told }
      return TimeMatch(index, afterDay, .point(.day(nil, month, day)))
    }
    var yearIndex = afterMonth
    if scanner.isMark(yearIndex, UInt8(ascii: ",")) || scanner.isWord(yearIndex, "of") { yearIndex += 1 }
    if let year = fourDigitYear(at: yearIndex) {
      return TimeMatch(index, yearIndex + 1, .point(.month(year, month)))
    }
    if let (year, end) = spelledYear(at: afterMonth) { return TimeMatch(index, end, .point(.month(year, month))) }
    if !abbreviated || afterMonth > index + 1, let told = withYearTold(.month(nil, month), from: index, after: afterMonth) {
      return told
    }
    guard monthStandsAlone(at: index, abbreviated: abbreviated) else { return nil }
    if let range = monthRange(from: index, first: month) { return range }
    if let year = yearOfRangeStart(from: index, first: month) { return TimeMatch(index, index + 1, .point(.month(year, month))) }
    let meaning: TimeMeaning = endsMonthRange(index) ? .inNarrativeYear(.month(nil, month), direction: nil, following: true) : .point(.month(nil, month))
    return TimeMatch(index, index + 1, meaning)
  }

  /// Whether a month name with no day or year after it is a month here: a capitalized full name;
  /// `May` and `March` only after a word that introduces a time (`in May`, `last March`), and
  /// `March` also after `for` and a few other prepositions when no name follows (`planned for
  /// March`), where `May` is as often Theresa May (`voted for May`).
  private func monthStandsAlone(at index: Int, abbreviated: Bool) -> Bool {
    guard !abbreviated, scanner.isCapitalized(index), !scanner.tokens[index].flags.contains(.allUpper) else { return false }
    if scanner.isAnyWord(index, "may", "march") {
      let previous = index - 1
      guard previous >= 0 else { return false }
      if scanner.isAnyWord(previous, "the", "in", "since", "until", "till", "by", "of", "during", "through", "from", "to", "before", "after", "early", "late", "mid", "last", "next", "this", "and", "or", "between", "each", "every")
        || scanner.isMark(previous, UInt8(ascii: "-"))
      {
        return true
      }
      return scanner.isWord(index, "march") && scanner.isAnyWord(previous, "for", "around", "into", "than")
        && !(scanner.isWordToken(index + 1) && scanner.isCapitalized(index + 1))
    }
    return true
  }

  /// `7 November 2021`, `7th of November`, `2 February last year`.
  private func dayFirstDate(at index: Int) -> TimeMatch? {
    guard let (day, afterDay) = dayNumber(at: index) else { return nil }
    var monthIndex = afterDay
    if scanner.isWord(monthIndex, "of") { monthIndex += 1 }
    guard let month = scanner.value(monthIndex, .month) else { return firstOfTwoDays(day, at: index, end: afterDay) }
    // Only an abbreviation takes the period after it (`7 Nov.`): after a full name it ends the
    // sentence (`on 3 November.`).
    let abbreviated = scanner.tokens[monthIndex].length <= 4 && !scanner.isAnyWord(monthIndex, "june", "july", "may")
    let afterMonth = abbreviated ? scanner.skippingPeriod(monthIndex + 1) : monthIndex + 1
    var yearIndex = afterMonth
    if scanner.isMark(yearIndex, UInt8(ascii: ",")) { yearIndex += 1 }
    if let year = fourDigitYear(at: yearIndex) {
      return TimeMatch(index, yearIndex + 1, .point(.day(year, month, day)))
    }
    if let told = withYearTold(.day(nil, month, day), from: index, after: afterMonth) { return told }
    return TimeMatch(index, afterMonth, .point(.day(nil, month, day)))
  }

  /// The first of two days told with one month (`18 and 19 April`, `18-19 April 2025`, `3 or 4
  /// May`): the day at `index` takes the month and year of the date after it, also a year told
  /// from the reference or the story (`from 3 to 5 November last year`, `on 9 and 10 May that year`).
  private func firstOfTwoDays(_ day: Int, at index: Int, end: Int) -> TimeMatch? {
    guard scanner.isAnyWord(end, "and", "or", "to") || scanner.isMark(end, UInt8(ascii: "-")),
      scanner.isNumber(end + 1), let next = dayFirstDate(at: end + 1)
    else {
      return nil
    }
    switch next.meaning {
    case .point(let point, _) where point.precision == .day:
      return point.month.map { TimeMatch(index, end, .point(.day(point.year, $0, day))) }
    case .inYear(let point, let years) where point.precision == .day:
      return point.month.map { TimeMatch(index, end, .inYear(.day(nil, $0, day), years: years)) }
    case .inNarrativeYear(let point, let direction, let following) where point.precision == .day:
      return point.month.map {
        TimeMatch(index, end, .inNarrativeYear(.day(nil, $0, day), direction: direction, following: following))
      }
    default:
      return nil
    }
  }

  /// `Sunday, Nov. 7`, `Sunday, Nov. 7, 2021` and `Sunday 10 August next year`: the weekday
  /// joins the date.
  private func weekdayDate(at index: Int) -> TimeMatch? {
    var next = scanner.skippingPeriod(index + 1)
    if scanner.isMark(next, UInt8(ascii: ",")) { next += 1 }
    guard scanner.has(next, .month) || scanner.isNumber(next), var date = calendarDate(at: next) else { return nil }
    switch date.meaning {
    case .point(let point, _), .inYear(let point, _): guard point.precision == .day else { return nil }
    default: return nil
    }
    date.start = index
    return date
  }

  /// `2021-11-07`, `11/7/2021`, `11/7/21`.
  private func numericDate(at index: Int) -> TimeMatch? {
    guard let first = scanner.digits(index) else { return nil }
    let attached = scanner.isAttached(index + 1) && scanner.isAttached(index + 2) && scanner.isAttached(index + 3)
      && scanner.isAttached(index + 4)
    guard attached, let second = scanner.digits(index + 2), let third = scanner.digits(index + 4) else { return nil }
    if scanner.digitCount(index) == 4 && scanner.isMark(index + 1, UInt8(ascii: "-")) && scanner.isMark(index + 3, UInt8(ascii: "-")),
      CivilDay.isValid(year: first, month: second, day: third)
    {
      return TimeMatch(index, index + 5, .point(.day(first, second, third)))
    }
    if scanner.isMark(index + 1, UInt8(ascii: "/")) && scanner.isMark(index + 3, UInt8(ascii: "/")) {
      let count = scanner.digitCount(index + 4)
      let year = count == 4 ? third : count == 2 ? (third < 50 ? 2000 + third : 1900 + third) : nil
      guard let year, CivilDay.isValid(year: year, month: first, day: second) else { return nil }
      return TimeMatch(index, index + 5, .point(.day(year, first, second)))
    }
    return nil
  }

  /// The second day of `April 24 and 25`, `Nov. 3-5`: a day number after a date, joined by
  /// `and`, `or`, `to`, `through` or a dash, in the date's month.
  func conjoinedDay(after date: TimeMatch) -> TimeMatch? {
    guard case .point(let point, let direction) = date.meaning, point.precision == .day, let month = point.month else { return nil }
    let joiner = date.end
    guard scanner.isAnyWord(joiner, "and", "or", "to", "through") || scanner.afterHyphen(joiner) != nil,
      let (day, end) = dayNumber(at: joiner + 1), !scanner.has(end, .month), !scanner.has(end, .unit), day > (point.day ?? 0)
    else { return nil }
    var second = date
    second.start = joiner + 1
    second.end = end
    second.meaning = .point(TimePoint.day(point.year, month, day), direction: direction)
    return second
  }

  /// A day of the month at `index`: `7`, `7th`, `21st`.
  func dayNumber(at index: Int) -> (Int, Int)? {
    guard let day = scanner.digits(index), scanner.digitCount(index) <= 2, (1...31).contains(day) else { return nil }
    var end = index + 1
    if scanner.isAttached(end), scanner.isAnyWord(end, "st", "nd", "rd", "th") { end += 1 }
    if scanner.isAttached(end) && scanner.isWordToken(end) { return nil }
    if scanner.isMark(end, UInt8(ascii: "%")) { return nil }
    if scanner.isAttached(end) && scanner.isMark(end, UInt8(ascii: ":")) && scanner.isAttached(end + 1) && scanner.isNumber(end + 1) {
      return nil
    }
    return (day, end)
  }

  /// A year after a day: `, 2021` or ` 2021`.
  private func yearAfterDay(at index: Int) -> (Int, Int)? {
    var yearIndex = index
    if scanner.isMark(yearIndex, UInt8(ascii: ",")) { yearIndex += 1 }
    guard let year = fourDigitYear(at: yearIndex) else { return nil }
    return (year, yearIndex + 1)
  }

  /// A plausible four-digit year at `index`.
  func fourDigitYear(at index: Int) -> Int? {
    guard let year = scanner.digits(index), scanner.digitCount(index) == 4, (1000...2199).contains(year) else { return nil }
    if scanner.isAttached(index + 1) && (scanner.isWordToken(index + 1) || scanner.isNumber(index + 1)) { return nil }
    return year
  }
}
