/// Parts of a year: `the first quarter`, `third-quarter`, `the second half of 1998`,
/// `summer 2020`, `the summer`, `fiscal second-quarter`, and fixed holidays (`Christmas`).
extension PhraseMatcher {
  func period(at index: Int, lead: Lead) -> TimeMatch? {
    if scanner.has(index, .season) { return season(at: index, lead: lead) }
    if scanner.has(index, .holiday) { return holiday(at: index) }
    var start = index
    var next = index
    if scanner.has(next, .fiscal) { next += 1 }
    if let year = fourDigitYear(at: next), scanner.isWordToken(next + 1), var found = period(at: next + 1, lead: lead),
      case .point(var point, _) = found.meaning, point.year == nil
    {
      point.year = year
      found.meaning = .point(point)
      found.start = index
      return found
    }
    guard let (ordinal, afterOrdinal) = ordinalNumber(at: next) ?? lastOfPeriod(at: next) else { return nil }
    var unitIndex = afterOrdinal
    if let after = scanner.afterHyphen(unitIndex), scanner.isAttached(unitIndex) { unitIndex = after }
    if scanner.has(unitIndex, .fiscal) { unitIndex += 1 }
    guard let unitValue = scanner.value(unitIndex, .unit), let unit = CalendarUnit(rawValue: UInt8(unitValue)),
      unit == .quarter || unit == .half, !scanner.isWord(unitIndex, "quarters")
    else { return nil }
    if unit == .quarter && !(1...4).contains(ordinal) || unit == .half && !(1...2).contains(ordinal) { return nil }
    var point = TimePoint(
      precision: unit == .quarter ? .quarter : .half, year: nil, quarter: unit == .quarter ? ordinal : nil,
      half: unit == .half ? ordinal : nil)
    var end = unitIndex + 1
    var found = TimeMatch(start, end, .point(point))
    if let (year, afterYear) = yearAfterPeriod(at: end) {
      point.year = year
      end = afterYear
    } else if let (years, afterYear) = relativeYear(at: end) {
      found.meaning = .inYear(point, years: years)
      found.end = afterYear
      return found
    } else if scanner.isWord(end, "of"), scanner.isWord(end + 1, "the"), scanner.isWord(end + 2, "year"),
      !scanner.isAttached(end + 3) || !scanner.isMark(end + 3, UInt8(ascii: "'"))
    {
      // `of the year` names the year the period is placed in anyway (`the second half of the year`);
      // left out, `the year after …` would be read as a time of its own.
      end += 3
    }
    found.adjectival = unitIndex > afterOrdinal && scanner.isMark(afterOrdinal, UInt8(ascii: "-"))
    if start > 0, let year = possessiveYear(before: start) {
      point.year = year.year
      start = year.start
    }
    // A game's half (`in the second half`) is no part of a year; a year's is told as one
    // (`the second half of 2024`, `first-half profit`, `fiscal first half`).
    if unit == .half, scanner.isAboutAGame, point.year == nil, !found.adjectival, next == index, !scanner.isWord(end, "of")
    {
      return nil
    }
    found.start = start
    found.end = end
    found.meaning = .point(point)
    return found
  }

  /// `last` as the ordinal of the last half or quarter of something (`the last half of 1989`).
  private func lastOfPeriod(at index: Int) -> (Int, Int)? {
    guard scanner.isWord(index, "last"), scanner.isWord(index + 2, "of") else { return nil }
    if scanner.isWord(index + 1, "half") { return (2, index + 1) }
    if scanner.isWord(index + 1, "quarter") { return (4, index + 1) }
    return nil
  }

  /// `this year`, `of last year`, `next year` after a period: the years from the reference's.
  func relativeYear(at index: Int) -> (Int, Int)? {
    let next = scanner.isWord(index, "of") ? index + 1 : index
    guard scanner.isAnyWord(next, "this", "last", "next"), scanner.isWord(next + 1, "year"), !scanner.isAttached(next + 2) || !scanner.isMark(next + 2, UInt8(ascii: "'"))
    else { return nil }
    let years = scanner.isWord(next, "last") ? -1 : scanner.isWord(next, "next") ? 1 : 0
    return (years, next + 2)
  }

  /// Day or month `point`, named from token `start`, with the year told after it at `index`:
  /// the reference's moved (`June last year`, `4 June next year`) or the story's (`in February
  /// that year`); nil when no year is told there.
  func withYearTold(_ point: TimePoint, from start: Int, after index: Int) -> TimeMatch? {
    if let (years, end) = relativeYear(at: index) { return TimeMatch(start, end, .inYear(point, years: years)) }
    if let end = storysYear(at: index) { return TimeMatch(start, end, .inNarrativeYear(point, direction: nil)) }
    return nil
  }

  /// The end of `that year`, `that same year`, `the same year` or `of that year` after a month
  /// or day (`in February that year`): the year of the time the story last spoke of.
  private func storysYear(at index: Int) -> Int? {
    var next = scanner.isWord(index, "of") ? index + 1 : index
    if scanner.isWord(next, "that") {
      next += 1
      if scanner.isWord(next, "same") { next += 1 }
    } else if scanner.isWord(next, "the"), scanner.isWord(next + 1, "same") {
      next += 2
    } else {
      return nil
    }
    guard scanner.isWord(next, "year"), !scanner.isAttached(next + 1) || !scanner.isMark(next + 1, UInt8(ascii: "'")) else { return nil }
    return next + 1
  }

  /// `first`, `1st`, `3rd`.
  func ordinalNumber(at index: Int) -> (Int, Int)? {
    if let word = scanner.value(index, .ordinal) { return (word, index + 1) }
    if let number = scanner.digits(index), scanner.isAttached(index + 1), scanner.isAnyWord(index + 1, "st", "nd", "rd", "th") {
      return (number, index + 2)
    }
    return nil
  }

  /// `of 1998`, `of fiscal 1989`, `1998`.
  private func yearAfterPeriod(at index: Int) -> (Int, Int)? {
    var next = index
    if scanner.isWord(next, "of") { next += 1 }
    if scanner.has(next, .fiscal) { next += 1 }
    guard let year = fourDigitYear(at: next) else { return nil }
    return (year, next + 1)
  }

  /// A year with `'s` right before `start` (`1998's`), which joins the period.
  private func possessiveYear(before start: Int) -> (year: Int, start: Int)? {
    guard start >= 3, scanner.isWord(start - 1, "s"), scanner.isAttached(start - 1),
      scanner.isMark(start - 2, UInt8(ascii: "'")) || scanner.tokens[start - 2].length == 3 && scanner.tokens[start - 2].kind == .punctuation,
      let year = fourDigitYear(at: start - 3)
    else { return nil }
    return (year, start - 3)
  }

  /// `summer 2020`, `the summer of 2020`, `the summer`, `summer` (not the verb `fall` without `the`).
  private func season(at index: Int, lead: Lead) -> TimeMatch? {
    guard let code = scanner.value(index, .season) else { return nil }
    let season = TimePoint.Season.allCases[code]
    if let (year, end) = yearAfterPeriod(at: index + 1) {
      return TimeMatch(index, end, .point(TimePoint(precision: .season, year: year, season: season)))
    }
    if let (year, end) = spelledYearAfterOf(at: index + 1) {
      return TimeMatch(index, end, .point(TimePoint(precision: .season, year: year, season: season)))
    }
    if let (year, end) = yearOfSeasonalNoun(after: index) {
      return TimeMatch(index, end, .point(TimePoint(precision: .season, year: year, season: season)))
    }
    if scanner.isWord(index, "fall") && !lead.edge && !fallIsTheSeason(at: index, lead: lead) { return nil }
    if scanner.isWordToken(index + 1) && !scanner.has(index + 1, .unit) && !lead.determiner && !lead.edge { return nil }
    return TimeMatch(index, index + 1, .point(TimePoint(precision: .season, year: nil, season: season)))
  }

  /// Whether `the fall` names the season: after a preposition of time (`in the fall`, `by the
  /// fall`), not as a subject or object (`the fall was caused by a push`, `after the fall`) nor
  /// with what fell after it (`the fall of the city`, `the fall in prices`).
  private func fallIsTheSeason(at index: Int, lead: Lead) -> Bool {
    guard lead.determiner, index >= 2, scanner.isWord(index - 1, "the"),
      !scanner.isAnyWord(index + 1, "of", "in", "to", "from")
    else { return false }
    return scanner.isAnyWord(index - 2, "in", "during", "by", "over") || scanner.isAnyWord(index - 2, "through", "throughout", "until", "into")
  }

  /// The year of a thing of the season named at `index` (`the autumn term of 2023`, `the spring
  /// transfer window of 2021`): one or two lower-case words, then `of` and a year. The season is
  /// of that year, not of the reference's.
  private func yearOfSeasonalNoun(after index: Int) -> (Int, Int)? {
    var next = index + 1
    while next <= index + 2, scanner.isWordToken(next), !scanner.isCapitalized(next),
      !scanner.isAnyWord(next, "of", "and", "or", "to", "in", "on", "at", "for", "from", "since", "by")
    {
      next += 1
      guard scanner.isWord(next, "of"), let year = fourDigitYear(at: next + 1) else { continue }
      return (year, next + 2)
    }
    return nil
  }

  private func spelledYearAfterOf(at index: Int) -> (Int, Int)? {
    guard scanner.isWord(index, "of"), let head = scanner.value(index + 1, .cardinal), head >= 11, head <= 20,
      let (tail, end) = scanner.cardinal(at: index + 2), tail >= 10, tail < 100
    else { return nil }
    return (head * 100 + Int(tail), end)
  }

  /// `Christmas`, `Thanksgiving`, `Easter`, with an optional `Day`/`Eve`; `Election Day`,
  /// `Labor Day`.
  private func holiday(at index: Int) -> TimeMatch? {
    guard let code = scanner.value(index, .holiday), scanner.isCapitalized(index) else { return nil }
    var end = index + 1
    var day = code % 100
    if scanner.isWord(end, "day") { end += 1 } else if scanner.isWord(end, "eve") {
      end += 1
      day -= 1
    }
    if let movable = MovableHoliday(rawValue: code) {
      if movable.needsDay && end == index + 1 { return nil }
      if movable == .easter && scanner.isWord(end, "sunday") { end += 1 }
      let week = scanner.isWord(end, "week")
      return TimeMatch(index, week ? end + 1 : end, .movableHoliday(movable, week: week))
    }
    var point = TimePoint.day(nil, code / 100, day)
    if let year = fourDigitYear(at: end) {
      point.year = year
      end += 1
    }
    var match = TimeMatch(index, end, .point(point))
    match.isHoliday = point.year == nil
    return match
  }
}
