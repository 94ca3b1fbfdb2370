/// Years and longer calendar periods: `2014`, `fiscal 2022`, `the 1990s`, `the '90s`,
/// `the 21st century`, `nineteen ninety-six`, `the year two thousand`.
extension PhraseMatcher {
  func year(at index: Int, lead: Lead) -> TimeMatch? {
    if scanner.isNumber(index) { return numericYear(at: index, lead: lead) ?? century(at: index) }
    if scanner.has(index, .fiscal) { return fiscalYear(at: index) }
    if scanner.isMark(index, UInt8(ascii: "'")) { return shortDecade(at: index) }
    if scanner.isWord(index, "year"), let (year, end) = spelledYear(at: index + 1) ?? plainYear(at: index + 1) {
      return TimeMatch(index, end, .point(.year(year)))
    }
    if let (year, end) = spelledYear(at: index) { return TimeMatch(index, end, .point(.year(year))) }
    if let decade = scanner.value(index, .decade), lead.determiner || lead.edge {
      return TimeMatch(index, index + 1, .point(TimePoint(precision: .decade, year: decade * 10)))
    }
    return century(at: index)
  }

  /// `2014`, `1990s`, `1990's`; `the 1990 's` as tokenized text writes it.
  private func numericYear(at index: Int, lead: Lead) -> TimeMatch? {
    guard let year = scanner.digits(index), scanner.digitCount(index) == 4, (1000...2199).contains(year) else { return nil }
    if year % 10 == 0, let end = decadeSuffix(after: index) ?? spacedDecadeSuffix(after: index, lead: lead) {
      return TimeMatch(index, end, .point(TimePoint(precision: .decade, year: year)))
    }
    guard fourDigitYear(at: index) != nil, plausibleYear(at: index, year) else { return nil }
    if scanner.isAnyWord(index + 1, "period", "quarter") {
      return TimeMatch(index, index + 2, .periodInYear(year, quarter: scanner.isWord(index + 1, "quarter")))
    }
    return TimeMatch(index, index + 1, .point(.year(year)))
  }

  private func plainYear(at index: Int) -> (Int, Int)? {
    guard let year = fourDigitYear(at: index) else { return nil }
    return (year, index + 1)
  }

  /// The index after an `s` or `'s` that makes a number a decade.
  private func decadeSuffix(after index: Int) -> Int? {
    if scanner.isAttached(index + 1) && scanner.isWord(index + 1, "s") { return index + 2 }
    if scanner.isAttached(index + 1) && (scanner.isMark(index + 1, UInt8(ascii: "'")) || isRightQuote(index + 1)),
      scanner.isAttached(index + 2), scanner.isWord(index + 2, "s")
    {
      return index + 3
    }
    return nil
  }

  /// The index after an `'s` set apart from its number by a space, as tokenized text writes
  /// every `'s` (`the late 1980 's`): a decade only after `the` or a position in a period, since
  /// a possessive is written the same way (`1990 's budget`).
  private func spacedDecadeSuffix(after index: Int, lead: Lead) -> Int? {
    guard lead.determiner || lead.edge, !scanner.isAttached(index + 1),
      scanner.isMark(index + 1, UInt8(ascii: "'")) || isRightQuote(index + 1),
      scanner.isAttached(index + 2), scanner.isWord(index + 2, "s")
    else { return nil }
    return index + 3
  }

  private func isRightQuote(_ index: Int) -> Bool {
    guard index < scanner.limit, scanner.tokens[index].length == 3 else { return false }
    let start = Int(scanner.tokens[index].start)
    return scanner.text[start] == 0xE2 && scanner.text[start + 1] == 0x80 && scanner.text[start + 2] == 0x99
  }

  /// Whether a four-digit number reads as a year: not money, a share, a count of things, or
  /// part of a longer number; years before 1900 only after a word that introduces a time.
  private func plausibleYear(at index: Int, _ year: Int) -> Bool {
    if index > 0 {
      let previous = index - 1
      if scanner.isMark(previous, UInt8(ascii: "$")) || scanner.isMark(previous, UInt8(ascii: "#")) { return false }
      let joined = scanner.isMark(previous, UInt8(ascii: ",")) || scanner.isMark(previous, UInt8(ascii: "."))
        || scanner.isMark(previous, UInt8(ascii: "/")) || scanner.isMark(previous, UInt8(ascii: ":"))
      if joined && scanner.isAttached(index) {
        return false
      }
    }
    let next = index + 1
    if scanner.isMark(next, UInt8(ascii: "%")) || scanner.isAnyWord(next, "percent", "people", "troops", "men", "women", "points", "feet", "meters", "miles", "tons", "acres", "shares", "workers", "soldiers", "members", "employees", "cases", "units") {
      return false
    }
    let continues = scanner.isMark(next, UInt8(ascii: ",")) || scanner.isMark(next, UInt8(ascii: "."))
    if continues, scanner.isAttached(next), scanner.isAttached(next + 1), scanner.isNumber(next + 1) {
      return false
    }
    if isTimeZone(next) || isBeforeCommonEra(after: index) { return false }
    if countsThings(at: index, year) { return false }
    if year >= 1900 { return true }
    return index > 0 && scanner.isAnyWord(index - 1, "in", "since", "of", "from", "by", "until", "year", "around", "before", "after")
  }

  /// Whether the number at `index`, below 1900, counts the things of the plural noun after it
  /// (`a survey of 1709 schoolchildren`, `signed by 1200 residents`): an older year stands
  /// after a word that introduces a time, and only `in`, `since` and `until` keep one before a
  /// plural (`in 1850 settlers arrived`); a modern year before a plural names a time
  /// (`10% of 2000 levels`). A plural is a lowercase word in `-s` (not `-ss`, `-us`, `-is`) or
  /// one of the plurals without it; a unit of time (`of 1000 years`) is left to the rules of
  /// amounts.
  private func countsThings(at index: Int, _ year: Int) -> Bool {
    guard year < 1900, index > 0, !scanner.isAnyWord(index - 1, "in", "since", "until") else { return false }
    let noun = index + 1
    guard scanner.isWordToken(noun), !scanner.isCapitalized(noun), !scanner.has(noun, .unit) else { return false }
    if scanner.isAnyWord(noun, "children", "schoolchildren", "people", "men", "women", "police") { return true }
    let range = scanner.tokens[noun].range
    guard range.count > 3, scanner.text[range.upperBound - 1] == UInt8(ascii: "s") else { return false }
    let before = scanner.text[range.upperBound - 2]
    return before != UInt8(ascii: "s") && before != UInt8(ascii: "u") && before != UInt8(ascii: "i")
  }

  /// Whether the number counts years before the common era, alone (`1880 BC`, `300 B.C.`) or
  /// as the first of a range that ends in one (`between 1950 and 1880 BC`).
  private func isBeforeCommonEra(after index: Int) -> Bool {
    var era = index + 1
    if scanner.isAnyWord(era, "and", "to") || scanner.isMark(era, UInt8(ascii: "-")), scanner.isNumber(era + 1) { era += 2 }
    if scanner.isAnyWord(era, "bc", "bce") { return true }
    return scanner.isWord(era, "b") && scanner.isMark(era + 1, UInt8(ascii: ".")) && scanner.isWord(era + 2, "c")
  }

  /// `'90s`: a decade of the twentieth century (or of the current one for `'00s`–`'20s`).
  private func shortDecade(at index: Int) -> TimeMatch? {
    guard let short = scanner.digits(index + 1), scanner.digitCount(index + 1) == 2, scanner.isAttached(index + 1), short % 10 == 0,
      scanner.isAttached(index + 2), scanner.isWord(index + 2, "s")
    else { return nil }
    let year = short <= 20 ? 2000 + short : 1900 + short
    return TimeMatch(index, index + 3, .point(TimePoint(precision: .decade, year: year)))
  }

  /// `fiscal 2022`, `fiscal year 1989`, `FY2022`, `fiscal 1989's`.
  private func fiscalYear(at index: Int) -> TimeMatch? {
    var next = index + 1
    if scanner.isWord(next, "year") { next += 1 }
    guard let year = fourDigitYear(at: next) ?? (scanner.isAttached(next) ? scanner.digits(next).flatMap { $0 >= 1000 ? $0 : nil } : nil) else {
      return nil
    }
    return TimeMatch(index, next + 1, .point(.year(year)))
  }

  /// `nineteen ninety-six`, `two thousand`, `two thousand and one`.
  func spelledYear(at index: Int) -> (Int, Int)? {
    guard let head = scanner.value(index, .cardinal) else { return nil }
    if head >= 11 && head <= 20, let (tail, end) = scanner.cardinal(at: index + 1), tail >= 10, tail < 100, tail == tail.rounded() {
      return (head * 100 + Int(tail), end)
    }
    if head == 2, scanner.isWord(index + 1, "thousand") {
      var end = index + 2
      var year = 2000
      if scanner.isWord(end, "and") { end += 1 }
      if let (tail, tailEnd) = scanner.cardinal(at: end), tail < 100 {
        year += Int(tail)
        end = tailEnd
      } else if scanner.isWord(index + 2, "and") {
        end = index + 2
      }
      return (year, end)
    }
    return nil
  }

  /// `21st century`, `the twentieth century`: the TIMEX3 value is the century's first two digits.
  private func century(at index: Int) -> TimeMatch? {
    var ordinal: Int?
    var next = index + 1
    if let number = scanner.digits(index), scanner.isAnyWord(index + 1, "st", "nd", "rd", "th"), scanner.isAttached(index + 1) {
      ordinal = number
      next = index + 2
    } else if let word = scanner.value(index, .ordinal) {
      ordinal = word
    } else if let tens = scanner.value(index, .cardinal), tens == 20, let after = scanner.afterHyphen(index + 1),
      let unit = scanner.value(after, .ordinal)
    {
      ordinal = tens + unit
      next = after + 1
    }
    guard let ordinal, ordinal >= 1, ordinal <= 30, scanner.isAnyWord(next, "century") else { return nil }
    return TimeMatch(index, next + 1, .point(TimePoint(precision: .century, year: (ordinal - 1) * 100)))
  }
}
