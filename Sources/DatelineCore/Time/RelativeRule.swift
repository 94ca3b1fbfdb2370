/// Days and periods named relative to the reference or to the story's time: `today`,
/// `yesterday evening`, `tonight`, `last week`, `this month`, `next year`, `the previous day`,
/// `the following week`, `that evening`, `last night`, `last Friday`, `this summer`, `last April`,
/// `the night before`.
extension PhraseMatcher {
  func relative(at index: Int, lead: Lead) -> TimeMatch? {
    if let offset = scanner.value(index, .relativeDay) { return relativeDay(at: index, offset: offset) }
    if let direction = scanner.value(index, .deictic) { return deictic(at: index, direction: direction, lead: lead) }
    if lead.determiner, let found = beforeOrAfter(at: index) { return found }
    if let part = partOfDay(at: index) { return partOfDayPhrase(at: index, part: part, lead: lead) }
    if let found = yearAgoPeriod(at: index) ?? yearEnd(at: index) { return found }
    if lead.edge && scanner.isWord(index, "hours") {
      return TimeMatch(index, index + 1, dayNamedAfter(index + 1) ?? .fromNarrative(.day, 0), kind: .time, partOfDay: .night)
    }
    guard lead.determiner else { return nil }
    if lead.edge, let unit = unit(at: index), !isPlural(index), unit >= .week {
      return TimeMatch(index, index + 1, .fromReference(unit, 0))
    }
    if scanner.isWord(index, "weekend") { return TimeMatch(index, index + 1, .weekend) }
    if scanner.isWord(index, "quarter"), !scanner.isWord(index + 1, "of") {
      return TimeMatch(index, index + 1, .fromNarrative(.quarter, 0, fallback: -1))
    }
    if scanner.isAnyWord(index, "year", "full"), let found = yearEnding(at: index) { return found }
    return nil
  }

  /// `afternoon yesterday`, `morning Sunday`, and `the early morning of Nov. 7` (valued by the
  /// day named after it).
  private func partOfDayPhrase(at index: Int, part: TimePoint.PartOfDay, lead: Lead) -> TimeMatch? {
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
  private func dayNamedAfter(_ index: Int) -> TimeMeaning? {
    guard scanner.isWord(index, "of"), let date = calendarDate(at: index + 1) ?? weekday(at: index + 1), date.kind == .date else {
      return nil
    }
    return date.meaning
  }

  /// `the year ended June 30` (a year's length), `the full year` (the current year).
  private func yearEnding(at index: Int) -> TimeMatch? {
    let yearIndex = scanner.isWord(index, "full") ? index + 1 : index
    guard scanner.isWord(yearIndex, "year") else { return nil }
    if scanner.isAnyWord(yearIndex + 1, "ended", "ending") {
      return TimeMatch(index, yearIndex + 1, .duration(TimeDuration(1, .year)), kind: .duration)
    }
    return yearIndex > index ? TimeMatch(index, yearIndex + 1, .fromReference(.year, 0)) : nil
  }

  /// `year-end`, `year end`, `year's end`: the end of the current year.
  private func yearEnd(at index: Int) -> TimeMatch? {
    guard scanner.isWord(index, "year") else { return nil }
    var next = index + 1
    if let after = scanner.afterHyphen(next), scanner.isAttached(next) {
      next = after
    } else if scanner.isAttached(next), scanner.isWord(next + 1, "s") {
      next += 2
    }
    guard scanner.isWord(next, "end") else { return nil }
    return TimeMatch(index, next + 1, .fromReference(.year, 0))
  }

  /// `year-earlier`, `year-ago`, `the year-earlier quarter`, `the year-ago period`: the same time a
  /// year before the one the story speaks of.
  private func yearAgoPeriod(at index: Int) -> TimeMatch? {
    guard scanner.isWord(index, "year"), let next = scanner.afterHyphen(index + 1), scanner.isAttached(index + 1),
      scanner.isAnyWord(next, "earlier", "ago")
    else { return nil }
    var found = TimeMatch(index, next + 1, .fromNarrative(.year, -1, keepsPrecision: true, fallback: -1))
    found.anchorsNarrative = false
    if scanner.isAnyWord(next + 1, "quarter", "period") {
      found.end = next + 2
    } else if let (ordinal, afterOrdinal) = ordinalNumber(at: next + 1), scanner.isWord(afterOrdinal, "quarter"), (1...4).contains(ordinal) {
      found.meaning = .inYear(TimePoint(precision: .quarter, year: nil, quarter: ordinal), years: -1)
      found.end = afterOrdinal + 1
    } else {
      found.adjectival = true
    }
    return found
  }

  /// `today`, `yesterday`, `tomorrow morning`, `tonight`.
  private func relativeDay(at index: Int, offset: Int) -> TimeMatch? {
    if scanner.isWord(index, "tonight") {
      return TimeMatch(index, index + 1, .fromReference(.day, 0), kind: .time, partOfDay: .night)
    }
    if let part = partOfDay(at: index + 1) {
      return TimeMatch(index, index + 2, .fromReference(.day, offset), kind: .time, partOfDay: part)
    }
    return TimeMatch(index, index + 1, .fromReference(.day, offset))
  }

  /// A deictic word and what it points at.
  private func deictic(at index: Int, direction: Int, lead: Lead) -> TimeMatch? {
    let narrative = scanner.isAnyWord(index, "previous", "preceding", "prior", "following", "same", "that")
      || (lead.determiner && scanner.isWord(index, "next"))
    var next = index + 1
    if scanner.isWord(index, "this"), scanner.isWord(next, "past") || scanner.isWord(next, "coming") { next += 1 }
    if scanner.isWord(index, "that"), scanner.isWord(next, "same") { next += 1 }
    if let span = spanOfTime(at: next, after: index) { return span }
    if let part = partOfDay(at: next) {
      let day = scanner.isWord(index, "last") && part == .night ? -1 : narrative ? direction : scanner.isWord(index, "this") ? 0 : direction
      let meaning: TimeMeaning = narrative ? .fromNarrative(.day, day) : .fromReference(.day, day)
      return TimeMatch(index, next + 1, meaning, kind: .time, partOfDay: part)
    }
    if let weekday = scanner.value(next, .weekday), scanner.isCapitalized(next),
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
      date.meaning = .point(point, direction: direction)
      return date
    }
    if scanner.has(next, .holiday), var holiday = period(at: next, lead: lead) {
      holiday.start = index
      if case .point(let point, _) = holiday.meaning { holiday.meaning = .point(point, direction: direction) }
      if case .thanksgiving = holiday.meaning { holiday.meaning = .thanksgiving(direction: direction) }
      return holiday
    }
    if let code = scanner.value(next, .season) {
      let point = TimePoint(precision: .season, year: nil, season: TimePoint.Season.allCases[code])
      return TimeMatch(index, next + 1, .point(point, direction: direction))
    }
    if scanner.has(next, .fiscal) && scanner.isWord(next + 1, "year") { next += 1 }
    if scanner.isWord(index, "latest"), scanner.isWord(next, "period") {
      return TimeMatch(index, next + 1, .fromNarrative(.quarter, 0, fallback: -1))
    }
    guard let unit = unit(at: next), !isPlural(next) else { return nil }
    if unit == .year, !narrative, let found = possessivePeriod(after: next, start: index, years: direction) { return found }
    if scanner.isWord(index, "past") || scanner.isWord(index, "last") && lead.determiner {
      return durationMatch(index, next + 1, 1, unit)
    }
    if scanner.isWord(index, "recent") { return nil }
    let amount = scanner.isWord(index, "latest") ? -1 : direction
    let meaning: TimeMeaning = narrative ? .fromNarrative(unit, amount) : .fromReference(unit, amount)
    return TimeMatch(index, next + 1, meaning)
  }

  /// `this year's third quarter`, `last year's quarter`: a period of the year the deictic names.
  private func possessivePeriod(after yearIndex: Int, start: Int, years: Int) -> TimeMatch? {
    guard scanner.isAttached(yearIndex + 1), scanner.isMark(yearIndex + 1, UInt8(ascii: "'")) || scanner.tokens[yearIndex + 1].length == 3,
      scanner.isWord(yearIndex + 2, "s")
    else { return nil }
    let next = yearIndex + 3
    if scanner.isWord(next, "quarter") {
      var found = TimeMatch(start, next + 1, .fromNarrative(.quarter, 0, fallback: -1))
      found.meaning = .fromReference(.quarter, -1 + 4 * years)
      return found
    }
    guard var found = period(at: next, lead: Lead(core: next, determiner: false, approximate: false, edge: false)),
      case .point(let point, _) = found.meaning, point.year == nil
    else { return nil }
    found.start = start
    found.meaning = .inYear(point, years: years)
    return found
  }

  /// `past two months`, `last few years`, `next five years`, `recent months`: a stretch of time
  /// measured back or forward from now.
  private func spanOfTime(at index: Int, after deicticIndex: Int) -> TimeMatch? {
    guard !scanner.isAnyWord(deicticIndex, "this", "that", "same", "current", "present") else { return nil }
    if scanner.isAnyWord(deicticIndex, "recent", "coming"), let unit = unit(at: index), isPlural(index) {
      return durationMatch(deicticIndex, index + 1, nil, unit)
    }
    guard let (count, end) = quantity(at: index), let unit = unit(at: end) else { return nil }
    guard count != 1 || !isPlural(end) || scanner.isWord(index, "one") else { return nil }
    return durationMatch(deicticIndex, end + 1, count, unit)
  }

  /// `the day before`, `the night before`, `the week after`: one unit from a time named next (an
  /// event, or the story's time).
  private func beforeOrAfter(at index: Int) -> TimeMatch? {
    let part = partOfDay(at: index)
    guard let unit = part != nil ? .day : unit(at: index), !isPlural(index),
      scanner.isAnyWord(index + 1, "before", "after", "earlier", "later")
    else { return nil }
    let forward = scanner.isAnyWord(index + 1, "after", "later")
    var found = TimeMatch(index, index + 2, .fromNarrative(unit, forward ? 1 : -1), kind: part == nil ? .date : .time, partOfDay: part)
    if let durationUnit = unit.duration?.unit {
      found.shift = TimeShift(amount: 1, unit: durationUnit, direction: forward ? .after : .before, partOfDay: part)
    }
    return found
  }

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

  /// A duration match of `count` units (`nil`: an unspecified number).
  func durationMatch(_ start: Int, _ end: Int, _ count: Double?, _ unit: CalendarUnit) -> TimeMatch? {
    guard let (durationUnit, size) = unit.duration else { return nil }
    return TimeMatch(start, end, .duration(TimeDuration(count.map { $0 * size }, durationUnit)), kind: .duration)
  }
}
