/// The calendar days a time value covers, for exports that need whole days (TimelineJS, iCalendar).
struct CalendarSpan: Hashable {
  /// The first day, as a day number (days since 1970-01-01).
  var first: Int
  /// The last day, as a day number.
  var last: Int

  /// The days `value` covers; `nil` for values without a known year, durations and vague
  /// references.
  init?(_ value: TimeValue) {
    guard let interval = value.interval else { return nil }
    first = Self.floorDiv(interval.lowerBound, 1440)
    last = Self.floorDiv(interval.upperBound, 1440)
  }

  /// The days an event's date covers: from the first day of its value to the last day of the
  /// range's end, when it spans one (`between 1978 and 1985`: 1 January 1978 to 31 December 1985).
  init?(_ date: EventDate) {
    self.init(date.value)
    if let end = date.end.flatMap(CalendarSpan.init), end.last > last { last = end.last }
  }

  /// The first day as year, month and day.
  var start: (year: Int, month: Int, day: Int) { CivilDay.date(first) }
  /// The last day as year, month and day.
  var end: (year: Int, month: Int, day: Int) { CivilDay.date(last) }

  private static func floorDiv(_ value: Int, _ divisor: Int) -> Int {
    value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
  }
}
