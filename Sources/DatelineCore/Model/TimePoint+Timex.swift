extension TimePoint {
  /// The TIMEX3 value: `19`, `199`, `2014`, `2021-H1`, `2021-Q4`, `2020-SU`, `2020-05`, `2021-W45`,
  /// `2021-11-07`, `2021-11-07TNI`, `2021-11-07T02:30`, `XXXX-12-25`, `FY2022`.
  public var timex: String {
    let yearText = year.map { Self.pad($0, 4) } ?? "XXXX"
    var text: String
    switch precision {
    case .century: return year.map { Self.pad($0 / 100, 2) } ?? "XX"
    case .decade: return year.map { Self.pad($0 / 10, 3) } ?? "XXX"
    case .year: text = yearText
    case .half: text = yearText + "-H" + (half.map(String.init) ?? "X")
    case .quarter: text = yearText + "-Q" + (quarter.map(String.init) ?? "X")
    case .season: text = yearText + "-" + (season?.rawValue ?? "XX")
    case .month: text = yearText + "-" + optionalPad(month)
    case .week:
      text = yearText + "-W" + optionalPad(week) + (weekday.map { "-\($0)" } ?? "") + (weekend ? "-WE" : "")
      if weekday != nil, let partOfDay { text += "T" + partOfDay.rawValue }
    default: text = yearText + "-" + optionalPad(month) + "-" + optionalPad(day) + timeSuffix
    }
    return fiscal ? "FY" + text : text
  }

  private var timeSuffix: String {
    switch precision {
    case .partOfDay: "T" + (partOfDay?.rawValue ?? "XX")
    case .hour: "T" + optionalPad(hour)
    case .minute: "T" + optionalPad(hour) + ":" + optionalPad(minute)
    case .second: "T" + optionalPad(hour) + ":" + optionalPad(minute) + ":" + optionalPad(second)
    default: ""
    }
  }

  private func optionalPad(_ value: Int?) -> String { value.map { Self.pad($0, 2) } ?? "XX" }

  static func pad(_ value: Int, _ width: Int) -> String {
    var digits = String(value.magnitude)
    if digits.utf8.count < width { digits = String(repeating: "0", count: width - digits.utf8.count) + digits }
    return value < 0 ? "-" + digits : digits
  }

  /// The number of the last day the point covers (days since 1970-01-01); nil when the year is
  /// unknown.
  public var lastDayNumber: Int? {
    interval.map { CalendarArithmetic.floorDivide($0.upperBound, 1440) }
  }

  /// The stretch of time the point covers, in minutes since 1970-01-01; `nil` when the year is
  /// unknown, the whole year when a field below the year is (`2017-XX`).
  public var interval: ClosedRange<Int>? {
    guard let year else { return nil }
    let scale = isUnderspecified ? .year : precision
    let days: ClosedRange<Int>
    switch scale {
    case .century: days = Self.years(year, year + 99)
    case .decade: days = Self.years(year, year + 9)
    case .year: days = Self.years(year, year)
    case .half: days = Self.months(year, (half ?? 1) * 6 - 5, 6)
    case .quarter: days = Self.months(year, (quarter ?? 1) * 3 - 2, 3)
    case .season: days = Self.seasonDays(year, season ?? .spring)
    case .month: days = Self.months(year, month ?? 1, 1)
    case .week:
      let monday = CivilDay.mondayOf(isoWeek: week ?? 1, year: year)
      days = weekend ? (monday + 5)...(monday + 6) : monday...(monday + 6)
    default:
      let n = CivilDay.number(year: year, month: month ?? 1, day: day ?? 1)
      days = n...n
    }
    let dayStart = days.lowerBound * 1440
    switch scale {
    case .partOfDay:
      let hours = Self.hours(of: partOfDay ?? .daytime)
      return (dayStart + hours.lowerBound * 60)...(dayStart + hours.upperBound * 60 - 1)
    case .hour:
      let start = dayStart + (hour ?? 0) * 60
      return start...(start + 59)
    case .minute, .second:
      let start = dayStart + (hour ?? 0) * 60 + (minute ?? 0)
      return start...start
    default:
      return dayStart...(days.upperBound * 1440 + 1439)
    }
  }

  private static func years(_ first: Int, _ last: Int) -> ClosedRange<Int> {
    CivilDay.number(year: first, month: 1, day: 1)...(CivilDay.number(year: last + 1, month: 1, day: 1) - 1)
  }

  private static func months(_ year: Int, _ first: Int, _ count: Int) -> ClosedRange<Int> {
    CivilDay.number(year: year, month: first, day: 1)...(CivilDay.number(year: year, month: first + count, day: 1) - 1)
  }

  private static func seasonDays(_ year: Int, _ season: Season) -> ClosedRange<Int> {
    switch season {
    case .spring: months(year, 3, 3)
    case .summer: months(year, 6, 3)
    case .fall: months(year, 9, 3)
    case .winter: months(year, 12, 3)
    }
  }

  private static func hours(of part: PartOfDay) -> Range<Int> {
    switch part {
    case .morning: 6..<12
    case .midday: 11..<14
    case .afternoon: 12..<18
    case .evening: 18..<22
    case .night: 21..<24
    case .daytime: 8..<18
    }
  }
}
