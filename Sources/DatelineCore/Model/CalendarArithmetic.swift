/// Moving calendar points by days and months while keeping their precision.
enum CalendarArithmetic {
  /// `point` moved by `count` days; `nil` when the point is coarser than a day or its day is
  /// unknown.
  static func days(_ point: TimePoint, _ count: Int) -> TimePoint? {
    guard let number = point.dayNumber else { return nil }
    let date = CivilDay.date(number + count)
    var moved = point
    moved.year = date.year
    moved.month = date.month
    moved.day = date.day
    return moved
  }

  /// `point` moved by `count` minutes when it has a clock time (the day changing as needed), or
  /// the point itself when it is a whole day; `nil` when it is coarser than a day.
  static func minutes(_ point: TimePoint, _ count: Int) -> TimePoint? {
    guard point.precision >= .day, let number = point.dayNumber else { return nil }
    guard point.precision >= .hour, let hour = point.hour else { return point }
    let total = number * 1440 + hour * 60 + (point.minute ?? 0) + count
    let day = floorDivide(total, 1440)
    let date = CivilDay.date(day)
    var moved = point
    moved.year = date.year
    moved.month = date.month
    moved.day = date.day
    moved.hour = (total - day * 1440) / 60
    if moved.precision >= .minute { moved.minute = (total - day * 1440) % 60 }
    return moved
  }

  /// `point` moved by `count` months (a whole number of its own unit for quarters, halves,
  /// seasons, weeks and years); `nil` when the count does not fit the point's precision.
  static func months(_ point: TimePoint, _ count: Int) -> TimePoint? {
    guard let year = point.year else { return nil }
    var moved = point
    switch point.precision {
    case .century, .decade, .year, .season, .week:
      guard count % 12 == 0 else { return coarser(point, count) }
      moved.year = year + count / 12
      if point.precision == .week, let week = point.week, week == 53 { moved.week = 52 }
    case .half:
      guard count % 6 == 0, let half = point.half else { return coarser(point, count) }
      let index = year * 2 + (half - 1) + count / 6
      moved.year = floorDivide(index, 2)
      moved.half = index - floorDivide(index, 2) * 2 + 1
    case .quarter:
      guard count % 3 == 0, let quarter = point.quarter else { return coarser(point, count) }
      let index = year * 4 + (quarter - 1) + count / 3
      moved.year = floorDivide(index, 4)
      moved.quarter = index - floorDivide(index, 4) * 4 + 1
    default:
      guard let month = point.month else { return nil }
      let index = year * 12 + (month - 1) + count
      moved.year = floorDivide(index, 12)
      moved.month = index - floorDivide(index, 12) * 12 + 1
      if let day = point.day, let newYear = moved.year, let newMonth = moved.month {
        moved.day = min(day, CivilDay.daysIn(month: newMonth, year: newYear))
      }
    }
    return moved
  }

  /// When a month count does not fit a coarse point, the point as a year moved by whole years,
  /// or as a month.
  private static func coarser(_ point: TimePoint, _ count: Int) -> TimePoint? {
    guard let year = point.year else { return nil }
    if count % 12 == 0 { return .year(year + count / 12) }
    return nil
  }

  /// `value` divided by `divisor`, rounded down.
  static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
    value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
  }
}
