/// The periods of company and market reports: `year-end`, `the full year`, `the year ended
/// June 30`, `the fiscal year`, `year-earlier`, `the year-ago quarter`.
extension PhraseMatcher {
  /// `the year ended June 30`, `the fiscal year ended Jan. 31` (a year's length), `the full year`,
  /// `the fiscal year` (the current year).
  func yearEnding(at index: Int) -> TimeMatch? {
    let yearIndex = scanner.isAnyWord(index, "full", "fiscal") ? index + 1 : index
    guard scanner.isWord(yearIndex, "year") else { return nil }
    if scanner.isAnyWord(yearIndex + 1, "ended", "ending") {
      return TimeMatch(index, yearIndex + 1, .duration(TimeDuration(1, .year)), kind: .duration)
    }
    return yearIndex > index ? TimeMatch(index, yearIndex + 1, .fromReference(.year, 0)) : nil
  }

  /// `year-end`, `year end`, `year's end`: the end of the current year.
  func yearEnd(at index: Int) -> TimeMatch? {
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
  func yearAgoPeriod(at index: Int) -> TimeMatch? {
    guard scanner.isWord(index, "year"), let next = scanner.afterHyphen(index + 1), scanner.isAttached(index + 1),
      scanner.isAnyWord(next, "earlier", "ago")
    else { return nil }
    var found = TimeMatch(index, next + 1, .fromNarrative(.year, -1, keepsPrecision: true, fallback: -1, currentYear: true))
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

  /// `the year` alone (`For the year, sales rose`): the year the story speaks of, or the
  /// reference's; not a year a clause goes on to pick out (`the year that`, `the year in which`).
  func theYear(at index: Int, lead: Lead) -> TimeMatch? {
    guard lead.determiner, lead.core == index, scanner.isWord(index, "year"), !isProperName(index),
      !scanner.isAnyWord(index + 1, "ended", "ending", "when", "that", "which", "in"),
      !(scanner.isAttached(index + 1) && scanner.isAttached(index + 2) && scanner.isWordToken(index + 2))
    else { return nil }
    return TimeMatch(index, index + 1, .fromNarrative(.year, 0, fallback: 0))
  }
}
