/// Month ranges that make up a calendar quarter or half: `July-September`, `the April-to-June
/// quarter`, `between January and March`, `January to June 2024`. TIMEX3 gives such a span the
/// value of the quarter or half (`2025-Q3`, `2024-H1`); other ranges stay two months, each
/// tagged alone.
extension PhraseMatcher {
  /// The quarter or half made up of the month at `index` (`first`) through the month after a
  /// dash, `to`, `through`, or `and` after `between`, with the year and the period noun
  /// (`quarter`, `period`, `half`) that follow it, and `of last year` after them.
  func monthRange(from index: Int, first: Int) -> TimeMatch? {
    guard let lastIndex = rangeEnd(after: index), let last = scanner.value(lastIndex, .month), scanner.isCapitalized(lastIndex)
    else { return nil }
    var point: TimePoint
    if first % 3 == 1 && last == first + 2 {
      point = TimePoint(precision: .quarter, year: nil, quarter: (first + 2) / 3, half: nil)
    } else if first % 6 == 1 && last == first + 5 {
      point = TimePoint(precision: .half, year: nil, quarter: nil, half: (first + 5) / 6)
    } else {
      return nil
    }
    var end = lastIndex + 1
    let yearIndex = scanner.isMark(end, UInt8(ascii: ",")) ? end + 1 : end
    if let year = fourDigitYear(at: yearIndex) {
      point.year = year
      end = yearIndex + 1
    }
    if scanner.isAnyWord(end, "quarter", "period", "half") { end += 1 }
    if point.year == nil, let (years, afterYear) = relativeYear(at: end) {
      return TimeMatch(index, afterYear, .inYear(point, years: years))
    }
    return TimeMatch(index, end, .point(point))
  }

  /// The token after the word that joins two months of a range: a dash (`July-September`,
  /// `April-to-June`), `to` or `through`, or `and` after `between`.
  private func rangeEnd(after month: Int) -> Int? {
    let joiner = month + 1
    if let after = scanner.afterHyphen(joiner) {
      if scanner.isAnyWord(after, "to", "through"), let second = scanner.afterHyphen(after + 1) { return second }
      return after
    }
    if scanner.isAnyWord(joiner, "to", "through") { return joiner + 1 }
    if scanner.isWord(joiner, "and"), month > 0, scanner.isWord(month - 1, "between") { return joiner + 1 }
    return nil
  }
}
