/// Ranges of dates told as two temporal expressions joined by a word or a dash: `between 1978 and
/// 1985`, `from March 2022 to August 2024`, `1997-2000`, `the 2024-25 fiscal year`, `May 19-20`.
/// TimeML tags each end alone; an event told over the range spans both.
extension TaggedText {
  /// The tokens of temporal expression `time`.
  func tokens(ofTime time: Int) -> Range<Int> {
    let bytes = times[time].range
    var first = tokens.partitioningIndex { Int($0.end) > bytes.lowerBound }
    while first > 0, timeOf[first - 1] == Int32(time) { first -= 1 }
    var end = first
    while end < tokens.count, timeOf[end] == Int32(time) { end += 1 }
    return first..<max(end, first + 1)
  }

  /// The last part of the range that temporal expression `time` opens, when one follows it: a
  /// later expression after a dash, `to`, `through`, `until` or `till` (these two after `from`),
  /// or `and` after `between`; a year's last two digits after a dash (`2029-30`); a day of the
  /// same month (`May 19-20`, `from May 19 to 20`). Not a change of date (`moved the vote from
  /// March to May`).
  func rangeEnd(of time: Int) -> TimeValue? {
    let expression = tokens(ofTime: time)
    let joiner = expression.upperBound
    guard let start = times[time].value.point, let startInterval = start.interval else { return nil }
    if let lasting = lastingEnd(of: start, from: expression.lowerBound - 1) { return lasting }
    guard joiner + 1 < tokens.count, let opener = joinedRangeOpener(expression, joiner: joiner) else { return nil }
    if isShiftOfDate(before: opener) { return nil }
    let next = joiner + 1
    let other = Int(timeOf[next])
    if other >= 0, other != time, tokens(ofTime: other).lowerBound == next {
      guard let end = times[other].value.point, let endInterval = end.interval,
        endInterval.lowerBound > startInterval.lowerBound, endInterval.upperBound > startInterval.upperBound
      else { return nil }
      return .point(end)
    }
    guard other < 0, tokens[next].kind == .number, tokens[next].length == 2, !isNumberGoingOn(after: next),
      let digits = Int(string(tokens: next..<(next + 1)))
    else { return nil }
    return shortenedEnd(of: start, digits: digits, dashed: joiner + 1 == next && isDash(joiner))
  }

  /// The end of a stretch told by its length and start (`a three-day visit from Monday`, `a
  /// two-week strike starting on May 4`, `a five-year plan from 2026`): the length is a duration
  /// of two units or more right before the noun, or one word before, of `from` or `starting` at
  /// `opener`, in days or weeks from a day, or in the unit of the start.
  private func lastingEnd(of start: TimePoint, from opener: Int) -> TimeValue? {
    var word = opener
    if word >= 0, isWord(word, "on") || isWord(word, "in") { word -= 1 }
    guard word >= 2, isWord(word, "from") || isWord(word, "starting") || isWord(word, "beginning") else { return nil }
    let length = [word - 1, word - 2].first { timeOf[$0] >= 0 }.map { Int(timeOf[$0]) }
    guard let length, case .duration(let duration) = times[length].value, let amount = duration.amount, amount >= 2,
      amount == amount.rounded(), amount <= 100
    else { return nil }
    let count = Int(amount)
    switch (start.precision, duration.unit) {
    case (.day, .day), (.day, .week):
      guard let day = start.dayNumber else { return nil }
      return .point(.day(number: day + count * (duration.unit == .week ? 7 : 1) - 1))
    case (.month, .month): return CalendarArithmetic.months(start, count - 1).map(TimeValue.point)
    case (.year, .year): return start.year.map { .point(.year($0 + count - 1)) }
    default: return nil
    }
  }

  /// The word before the range (`between`, `from`) when `joiner` joins a range from
  /// `expression`; `expression.lowerBound` itself when a dash joins it.
  private func joinedRangeOpener(_ expression: Range<Int>, joiner: Int) -> Int? {
    let before = expression.lowerBound - 1
    if isDash(joiner), !tokens[joiner].isSpaced, !tokens[joiner + 1].isSpaced { return before >= 0 ? before : expression.lowerBound }
    guard before >= 0 else { return nil }
    if isWord(joiner, "and") { return isWord(before, "between") ? before : nil }
    if isWord(joiner, "to") || isWord(joiner, "through") { return before }
    if isWord(joiner, "until") || isWord(joiner, "till") { return isWord(before, "from") ? before : nil }
    return nil
  }

  private func isDash(_ index: Int) -> Bool { has(index, .hyphen) || has(index, .dash) }

  /// Whether a digit group or decimal goes on after the number at `index` (`30.5`, `30,000`).
  private func isNumberGoingOn(after index: Int) -> Bool {
    let next = index + 1
    guard next + 1 < tokens.count, !tokens[next].isSpaced, has(next, .comma) || has(next, .period) else { return false }
    return tokens[next + 1].kind == .number && !tokens[next + 1].isSpaced
  }

  /// The end a bare two-digit number gives a range from `start`: the year of the same century
  /// after a dash (`2029-30`, `1998-99`), or a later day of the same month.
  private func shortenedEnd(of start: TimePoint, digits: Int, dashed: Bool) -> TimeValue? {
    if start.precision == .year, dashed, let year = start.year {
      var end = year / 100 * 100 + digits
      if end <= year { end += 100 }
      return end == year + 1 || end - year <= 10 ? .point(.year(end)) : nil
    }
    guard start.precision == .day, let day = start.day, digits > day, let year = start.year, let month = start.month,
      digits <= CivilDay.daysIn(month: month, year: year)
    else { return nil }
    var end = start
    end.day = digits
    return .point(end)
  }

  /// The words that change a date rather than tell a range (`moved the vote from March to May`).
  private static let shiftLemmas: Set<String> = [
    "move", "postpone", "delay", "push", "bring", "reschedule", "shift", "change", "switch", "defer", "put", "advance",
  ]

  /// Whether a verb that changes a date stands in the few words before `opener`.
  private func isShiftOfDate(before opener: Int) -> Bool {
    let sentence = analysis.sentences[Int(sentenceOf[opener])].tokens
    return (max(sentence.lowerBound, opener - 5)..<opener).contains {
      upos($0) == .verb && Self.shiftLemmas.contains(lemma($0))
    }
  }
}
