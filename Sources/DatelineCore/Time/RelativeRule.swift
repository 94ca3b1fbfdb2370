/// Days and periods named relative to the reference or to the story's time; the families are
/// in `DayRule`, `DeicticRule` and `ReportingPeriodRule`. After `the`: `the early hours`, `the end
/// of the year`, `the weekend`, `the quarter` (the one the story speaks of, or the last one),
/// `the year` (likewise, or the reference's). A capitalized day after a capitalized word is part
/// of a name (`VOA Today`).
extension PhraseMatcher {
  func relative(at index: Int, lead: Lead) -> TimeMatch? {
    if let offset = scanner.value(index, .relativeDay) {
      let inName = scanner.isCapitalized(index) && index > 0 && scanner.isWordToken(index - 1) && scanner.isCapitalized(index - 1)
      return inName ? nil : relativeDay(at: index, offset: offset)
    }
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
    if scanner.isWord(index, "quarter"), !scanner.isWord(index + 1, "of"), scanner.afterHyphen(index + 1) == nil {
      return TimeMatch(index, index + 1, .fromNarrative(.quarter, 0, fallback: -1))
    }
    if let found = theYear(at: index, lead: lead) { return found }
    if scanner.isAnyWord(index, "year", "full", "fiscal"), let found = yearEnding(at: index) { return found }
    return nil
  }
}
