/// Periods named by a deictic word: `last week`, `this month`, `next year`, `the previous day`,
/// `the following week`, `that evening`, `last night`, `last Friday`, `this summer`,
/// `last April`, `this year's third quarter`, `the past two months`, `recent months`, `current` prices,
/// `last season`.
extension PhraseMatcher {
  /// A deictic word and what it points at.
  func deictic(at index: Int, direction: Int, lead: Lead) -> TimeMatch? {
    let narrative = scanner.isAnyWord(index, "previous", "preceding", "prior", "following", "same", "that")
      || (lead.determiner && scanner.isWord(index, "next"))
    var next = index + 1
    var direction = direction
    if scanner.isWord(index, "this"), let way = scanner.isWord(next, "past") ? -1 : scanner.isWord(next, "coming") ? 1 : nil {
      direction = way
      next += 1
    }
    if scanner.isWord(index, "that"), scanner.isWord(next, "same") { next += 1 }
    if let span = spanOfTime(at: next, after: index) { return span }
    if let part = partOfDay(at: next) {
      let day = scanner.isWord(index, "last") && part == .night ? -1 : narrative ? direction : scanner.isWord(index, "this") ? 0 : direction
      let meaning: TimeMeaning = narrative ? .fromNarrative(.day, day) : .fromReference(.day, day)
      return TimeMatch(index, next + 1, meaning, kind: .time, partOfDay: part)
    }
    if let weekday = scanner.value(next, .weekday), weekday <= 7, scanner.isCapitalized(next),
      scanner.tokens[next].length >= 6 || scanner.isMark(next + 1, UInt8(ascii: "."))
    {
      let end = scanner.tokens[next].length >= 6 ? next + 1 : scanner.skippingPeriod(next + 1)
      if narrative && direction != 0 { return TimeMatch(index, end, .weekdayFromNarrative(weekday, direction: direction)) }
      return TimeMatch(index, end, .weekday(weekday, direction: narrative ? nil : direction))
    }
    if scanner.has(next, .month), scanner.isCapitalized(next), var date = calendarDate(at: next),
      case .point(let point, _) = date.meaning, point.year == nil
    {
      date.start = index
      date.meaning = narrative ? .inNarrativeYear(point, direction: direction) : .point(point, direction: direction)
      return date
    }
    if scanner.has(next, .holiday), var holiday = period(at: next, lead: lead) {
      holiday.start = index
      if case .point(let point, _) = holiday.meaning { holiday.meaning = .point(point, direction: direction) }
      if case .movableHoliday(let movable, _, let week) = holiday.meaning {
        holiday.meaning = .movableHoliday(movable, direction: direction, week: week)
      }
      return holiday
    }
    if let code = scanner.value(next, .season) {
      let point = TimePoint(precision: .season, year: nil, season: TimePoint.Season.allCases[code])
      return TimeMatch(index, next + 1, narrative ? .inNarrativeYear(point, direction: direction) : .point(point, direction: direction))
    }
    // A season of a sport or a show (`last season`, `this season`) runs over no calendar period
    // the words give: a vague past, present or future, as TIMEX3 values such references.
    if !narrative, scanner.isWord(next, "season"), scanner.isAnyWord(index, "last", "this", "next", "coming", "current") {
      return TimeMatch(index, next + 1, .reference(direction < 0 ? .past : direction > 0 ? .future : .present))
    }
    if scanner.has(next, .fiscal) && scanner.isWord(next + 1, "year") { next += 1 }
    if scanner.isWord(index, "latest"), scanner.isWord(next, "period") {
      return TimeMatch(index, next + 1, .fromNarrative(.quarter, 0, fallback: -1))
    }
    if scanner.isWord(index, "current"), unit(at: next) == nil { return presentModifier(at: index) }
    guard let unit = unit(at: next), !isPlural(next), !isProperName(next) else { return nil }
    if unit == .year, !narrative, let found = possessivePeriod(after: next, start: index, years: direction) { return found }
    if scanner.isWord(index, "past") && !lead.determiner { return durationMatch(index, next + 1, 1, unit) }
    if scanner.isWord(index, "recent") { return nil }
    if scanner.isWord(index, "same"), unit == .month || unit == .quarter, scanner.isAnyWord(next + 1, "of", "in"),
      let year = fourDigitYear(at: next + 2)
    {
      // `the same month of 2023`: the month the story speaks of, in that year.
      return TimeMatch(index, next + 3, .periodInYear(year, quarter: unit == .quarter))
    }
    let amount = scanner.isWord(index, "latest") ? -1 : direction
    let meaning: TimeMeaning = narrative ? .fromNarrative(unit, amount) : .fromReference(unit, amount)
    return TimeMatch(index, next + 1, meaning)
  }

  /// `current` before a noun (`current market conditions`): the present, without a leading `the`;
  /// not before a period it names (`the current financial quarter`) nor in accounting terms
  /// (`current account`, `current assets`).
  private func presentModifier(at index: Int) -> TimeMatch? {
    let next = index + 1
    guard scanner.isWordToken(next), !scanner.isCapitalized(next), !(index > 0 && scanner.isWord(index - 1, "then")),
      unit(at: next + 1) == nil,
      !scanner.isAnyWord(next, "account", "accounts", "assets", "liabilities")
    else { return nil }
    var found = TimeMatch(index, next, .reference(.present))
    found.adjectival = true
    return found
  }

  /// `this year's third quarter`, `last year's quarter`: a period of the year the deictic names.
  func possessivePeriod(after yearIndex: Int, start: Int, years: Int) -> TimeMatch? {
    guard scanner.isAttached(yearIndex + 1), scanner.isMark(yearIndex + 1, UInt8(ascii: "'")) || scanner.tokens[yearIndex + 1].length == 3,
      scanner.isWord(yearIndex + 2, "s")
    else { return nil }
    let next = yearIndex + 3
    if scanner.isWord(next, "quarter") {
      return TimeMatch(start, next + 1, .fromReference(.quarter, 4 * years - 1))
    }
    guard var found = period(at: next, lead: Lead(core: next, determiner: false, edge: false)),
      case .point(let point, _) = found.meaning, point.year == nil
    else { return nil }
    found.start = start
    found.meaning = .inYear(point, years: years)
    return found
  }

  /// `past two months`, `last few years`, `next five years`, `recent months`: a stretch of time
  /// measured back or forward from now.
  func spanOfTime(at index: Int, after deicticIndex: Int) -> TimeMatch? {
    guard !scanner.isAnyWord(deicticIndex, "this", "that", "same", "current", "present") else { return nil }
    if scanner.isAnyWord(deicticIndex, "recent", "coming"), let unit = unit(at: index), isPlural(index) {
      return durationMatch(deicticIndex, index + 1, nil, unit)
    }
    guard let (count, end) = quantity(at: index), let unit = unit(at: end) else { return nil }
    guard count != 1 || !isPlural(end) || scanner.isWord(index, "one") else { return nil }
    return durationMatch(deicticIndex, end + 1, count, unit)
  }
}
