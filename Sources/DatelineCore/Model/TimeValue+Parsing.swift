extension TimeValue {
  /// Reads a TIMEX3 value (`2021-11`, `1998-W02-WE`, `P3M`, `PAST_REF`, `FY1998`, `199`), or an
  /// ISO 8601 date-time (`2021-11-09T10:15:00Z`, whose time zone is dropped). Returns `nil` for
  /// anything else, including impossible dates such as `2021-02-30`.
  public init?(timex text: String) {
    let trimmed = text.trimmingASCIIWhitespace()
    if let reference = TimeReference(rawValue: trimmed) {
      self = .reference(reference)
    } else if trimmed.hasPrefix("P") {
      guard let duration = TimeDuration(timex: trimmed) else { return nil }
      self = .duration(duration)
    } else {
      guard let point = TimePoint(timex: trimmed) else { return nil }
      self = .point(point)
    }
  }
}

extension TimeDuration {
  /// Reads a TIMEX3 duration of one unit (`P3M`, `PXY`, `PT2H`, `P1.5Y`, `P2DE`), or of a unit and
  /// the next smaller one, read as a fraction of the first (`P2Y6M`, `PT1M30S`, `P1DT12H`).
  public init?(timex text: String) {
    var rest = Substring(text)
    guard rest.hasPrefix("P") else { return nil }
    rest = rest.dropFirst()
    var parts: [(amount: Double?, unit: Unit)] = []
    var timeUnit = false
    while !rest.isEmpty {
      if rest.hasPrefix("T") {
        timeUnit = true
        rest = rest.dropFirst()
      }
      guard let (part, after) = Self.part(rest, timeUnit: timeUnit) else { return nil }
      parts.append(part)
      rest = after
    }
    guard let first = parts.first, parts.count <= 2 else { return nil }
    guard parts.count == 2 else {
      self.init(first.amount, first.unit)
      return
    }
    let second = parts[1]
    guard let whole = first.amount, let part = second.amount, let smaller = first.unit.smaller, smaller.unit == second.unit
    else { return nil }
    self.init(whole + part / Double(smaller.factor), first.unit, splitsFraction: true)
  }

  /// One number and unit letter at the start of `text`, and what follows it.
  private static func part(_ text: Substring, timeUnit: Bool) -> ((amount: Double?, unit: Unit), Substring)? {
    let number = text.prefix { $0.isNumber || $0 == "." || $0 == "X" }
    let rest = text.dropFirst(number.count)
    let symbol = rest.prefix { $0.isLetter && $0 != "T" }
    let amount: Double?
    if number == "X" {
      amount = nil
    } else {
      guard let value = Double(number) else { return nil }
      amount = value
    }
    let unit: Unit?
    switch (timeUnit, symbol) {
    case (true, "H"): unit = .hour
    case (true, "M"): unit = .minute
    case (true, "S"): unit = .second
    case (false, let letters): unit = Unit(rawValue: String(letters)).flatMap { $0.isTimeUnit ? nil : $0 }
    default: unit = nil
    }
    guard let unit else { return nil }
    return ((amount, unit), rest.dropFirst(symbol.count))
  }
}

extension TimePoint {
  /// Reads a TIMEX3 point value or an ISO 8601 date-time; see `TimeValue.init(timex:)`.
  public init?(timex text: String) {
    var rest = Substring(text)
    let fiscal = rest.hasPrefix("FY")
    if fiscal { rest = rest.dropFirst(2) }
    let head = rest.prefix { $0 != "-" && $0 != "T" && $0 != " " }
    rest = rest.dropFirst(head.count)
    let unknownYear = head == "XXXX"
    guard unknownYear || (head.count >= 2 && head.count <= 4 && head.allSatisfy(\.isASCIIDigit)),
      let number = unknownYear ? 0 : Int(head)
    else { return nil }
    let year: Int? = unknownYear ? nil : number
    switch head.count {
    case 2 where rest.isEmpty: self.init(precision: .century, year: number * 100)
    case 3 where rest.isEmpty: self.init(precision: .decade, year: number * 10)
    case 4: self.init(precision: .year, year: year, fiscal: fiscal)
    default: return nil
    }
    if !rest.isEmpty && !readMonthPart(&rest) { return nil }
  }

  private mutating func readMonthPart(_ rest: inout Substring) -> Bool {
    guard rest.hasPrefix("-") else { return readTimePart(&rest) }
    rest = rest.dropFirst()
    let field = rest.prefix { $0 != "-" && $0 != "T" && $0 != " " }
    rest = rest.dropFirst(field.count)
    switch field.first {
    case "H": precision = .half; half = Int(field.dropFirst()); return rest.isEmpty && (1...2).contains(half ?? 0)
    case "Q": precision = .quarter; quarter = Int(field.dropFirst()); return rest.isEmpty && (1...4).contains(quarter ?? 0)
    case "W" where field != "WI":
      precision = .week
      week = Int(field.dropFirst())
      if rest == "-WE" { weekend = true; rest = "" }
      if rest.count >= 2, rest.hasPrefix("-"), let day = Int(rest.dropFirst().prefix(1)), (1...7).contains(day) {
        weekday = day
        rest = rest.dropFirst(2)
        if rest.hasPrefix("T"), let part = PartOfDay(rawValue: String(rest.dropFirst())) {
          partOfDay = part
          rest = ""
        }
      }
      return rest.isEmpty && ((1...53).contains(week ?? 0) || field == "WXX")
    default:
      if let season = Season(rawValue: String(field)) {
        precision = .season
        self.season = season
        return rest.isEmpty
      }
      guard field.count == 2, let month = Int(field), (1...12).contains(month) else { return false }
      precision = .month
      self.month = month
      return rest.isEmpty || readDayPart(&rest)
    }
  }

  private mutating func readDayPart(_ rest: inout Substring) -> Bool {
    guard rest.hasPrefix("-") else { return false }
    rest = rest.dropFirst()
    let field = rest.prefix(2)
    guard field.count == 2, let day = Int(field), let month, day >= 1,
      day <= (year.map { CivilDay.daysIn(month: month, year: $0) } ?? 31)
    else { return false }
    rest = rest.dropFirst(2)
    precision = .day
    self.day = day
    return rest.isEmpty || readTimePart(&rest)
  }

  private mutating func readTimePart(_ rest: inout Substring) -> Bool {
    guard precision == .day, rest.hasPrefix("T") || rest.hasPrefix(" ") else { return false }
    rest = rest.dropFirst()
    if let part = PartOfDay(rawValue: String(rest)) {
      precision = .partOfDay
      partOfDay = part
      return true
    }
    let clock = rest.prefix { $0.isASCIIDigit || $0 == ":" }
    let fields = clock.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
    guard (1...3).contains(fields.count), fields.allSatisfy({ $0 != nil }),
      let hour = fields[0], (0...24).contains(hour)
    else { return false }
    self.hour = hour
    precision = .hour
    if fields.count > 1, let minute = fields[1] {
      guard (0...59).contains(minute) else { return false }
      self.minute = minute
      precision = .minute
    }
    if fields.count > 2, let second = fields[2] {
      guard (0...60).contains(second) else { return false }
      self.second = second
      precision = .second
    }
    let zone = rest.dropFirst(clock.count)
    return zone.isEmpty || zone.first == "Z" || zone.first == "+" || zone.first == "-" || zone.first == "."
  }
}

extension Character {
  var isASCIIDigit: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }
}

extension String {
  func trimmingASCIIWhitespace() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[first...last])
  }
}
