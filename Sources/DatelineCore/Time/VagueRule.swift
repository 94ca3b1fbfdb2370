/// Vague references: `now`, `currently`, `these days` (PRESENT_REF), `recently`, `the past`
/// (PAST_REF), `the future`, `the near future`, `the short term`, `a later date` (FUTURE_REF).
extension PhraseMatcher {
  func vague(at index: Int, lead: Lead) -> TimeMatch? {
    if scanner.isWord(index, "past"), lead.determiner, quantity(at: index + 1) == nil, unit(at: index + 1) == nil {
      return TimeMatch(index, index + 1, .reference(.past))
    }
    if scanner.isWord(index, "these"), scanner.isWord(index + 1, "days") {
      return TimeMatch(index, index + 2, .reference(.present))
    }
    if scanner.isWord(index, "near"), scanner.isWord(index + 1, "future") {
      return TimeMatch(index, index + 2, .reference(.future))
    }
    if lead.determiner, scanner.isAnyWord(index, "near", "short", "long"), scanner.isWord(index + 1, "term") {
      return TimeMatch(index, index + 2, .reference(.future))
    }
    if scanner.isWord(index, "a"), scanner.isWord(index + 1, "later"), scanner.isWord(index + 2, "date") {
      return TimeMatch(index, index + 3, .reference(.future))
    }
    guard let value = scanner.value(index, .vague), !scanner.isWord(index, "once") else { return nil }
    if scanner.isWord(index, "future") {
      let introduced = lead.determiner || index > 0 && scanner.isAnyWord(index - 1, "in", "near")
      guard introduced, !scanner.isWordToken(index + 1) || scanner.isAnyWord(index + 1, "and", "or", "as", "but", "if", "is", "that", "when")
      else { return nil }
    }
    let reference: TimeReference = value < 0 ? .past : value > 0 ? .future : .present
    return TimeMatch(index, index + 1, .reference(reference))
  }
}
