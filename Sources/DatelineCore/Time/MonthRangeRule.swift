/// Month ranges that make up a calendar quarter or half: `July-September`, `the April-to-June
/// quarter`, `between January and March`, `January to June 2024`. TIMEX3 gives such a span the
/// value of the quarter or half (`2025-Q3`, `2024-H1`); other ranges stay two months, each
/// tagged alone, the second in the year that puts it after the first (`from November to February`).
extension PhraseMatcher {
  /// The quarter or half made up of the month at `index` (`first`) through the month after a
  /// dash, `to`, `through`, `until`, or `and` after `between`, with the year and the period noun
  /// (`quarter`, `period`, `half`) that follow it, and `of last year` after them.
  func monthRange(from index: Int, first: Int) -> TimeMatch? {
    guard let lastIndex = rangeEnd(joiner: index + 1, first: index), let last = scanner.value(lastIndex, .month), scanner.isCapitalized(lastIndex)
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

  /// Whether the month at `index` ends a range from a month before it (`from May to October`,
  /// `May-October`, `between November and February`), so that it is the first such month from
  /// that one.
  func endsMonthRange(_ index: Int) -> Bool {
    var joiner = index - 1
    if joiner >= 2, scanner.afterHyphen(joiner) == index, scanner.isAnyWord(joiner - 1, "to", "through"), scanner.afterHyphen(joiner - 2) == joiner - 1 {
      joiner -= 2
    }
    var month = joiner - 1
    if month >= 1, fourDigitYear(at: month) != nil { month -= 1 }
    return month >= 0 && scanner.has(month, .month) && rangeEnd(joiner: joiner, first: month) == index
  }

  /// The year of the month at `index` (`first`) that opens a range whose last month names its
  /// year (`between April and September 2023`, `from November to March 2024`): that year, or the
  /// one before when the range runs over a new year.
  func yearOfRangeStart(from index: Int, first: Int) -> Int? {
    guard let lastIndex = rangeEnd(joiner: index + 1, first: index), let last = scanner.value(lastIndex, .month),
      scanner.isCapitalized(lastIndex)
    else { return nil }
    let yearIndex = scanner.isMark(lastIndex + 1, UInt8(ascii: ",")) ? lastIndex + 2 : lastIndex + 1
    guard let year = fourDigitYear(at: yearIndex) else { return nil }
    return first <= last ? year : year - 1
  }

  /// The token after `joiner`, the word that joins two months of a range from `month`: a dash (`July-September`,
  /// `April-to-June`), `to`, `through` or `until`, or `and` after `between`.
  private func rangeEnd(joiner: Int, first month: Int) -> Int? {
    if let after = scanner.afterHyphen(joiner) {
      if scanner.isAnyWord(after, "to", "through"), let second = scanner.afterHyphen(after + 1) { return second }
      return after
    }
    if scanner.isAnyWord(joiner, "to", "through", "until", "till") { return joiner + 1 }
    if scanner.isWord(joiner, "and"), month > 0, scanner.isWord(month - 1, "between") { return joiner + 1 }
    return nil
  }
}
