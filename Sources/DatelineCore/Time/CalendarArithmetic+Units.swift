/// Moving by the calendar units that time expressions name (`last week`, `next quarter`).
extension CalendarArithmetic {
  /// The point that is `count` units of `unit` from `reference`, at the unit's precision
  /// (`yesterday`, `last week`, `next quarter`, `two years ago`); the next weekend seen from a
  /// weekday is that week's. The day is left unknown when the reference has none.
  static func shifted(_ reference: TimePoint, _ unit: CalendarUnit, _ count: Int) -> TimePoint? {
    guard let year = reference.year else { return nil }
    let month = reference.month ?? 1
    if reference.month == nil, unit == .month || unit == .season || unit == .quarter || unit == .half {
      // `this month` from a reference that knows only its year: some month of that year.
      let precision: TimePoint.Precision = unit == .quarter ? .quarter : unit == .half ? .half : .month
      return TimePoint(precision: precision, year: year)
    }
    switch unit {
    case .second, .minute, .hour, .day:
      guard reference.precision >= .day, let number = reference.dayNumber else {
        return TimePoint(precision: .day, year: year, month: reference.month)
      }
      return .day(number: number + (unit == .day ? count : 0))
    case .week, .weekend, .fortnight:
      guard reference.precision >= .day, let number = reference.dayNumber else {
        return TimePoint(precision: .week, year: year, weekend: unit == .weekend)
      }
      var weeks = unit == .fortnight ? count * 2 : count
      if unit == .weekend && count > 0 && CivilDay.weekday(number) < 6 { weeks -= 1 }
      let week = CivilDay.isoWeek(number + weeks * 7)
      return TimePoint(precision: .week, year: week.year, week: week.week, weekend: unit == .weekend)
    case .month, .season:
      return months(.month(year, month), count)
    case .quarter:
      return months(TimePoint(precision: .quarter, year: year, quarter: (month - 1) / 3 + 1), count * 3)
    case .half:
      return months(TimePoint(precision: .half, year: year, half: (month - 1) / 6 + 1), count * 6)
    case .year:
      return .year(year + count)
    case .decade:
      return TimePoint(precision: .decade, year: (floorDivide(year, 10) + count) * 10)
    case .century, .millennium:
      return TimePoint(precision: .century, year: (floorDivide(year, 100) + count) * 100)
    }
  }
}
