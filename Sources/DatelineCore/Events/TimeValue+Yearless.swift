extension TimeValue {
  /// Whether the value is a month or a day of the calendar told without its year (`Oct. 3`, `in
  /// March`), as in a text with no reference time (an agency story without its date): what it
  /// tells is still of that day, kept without a year (`XXXX-10-03`) rather than left undated.
  var isYearlessCalendarDate: Bool {
    guard let point, point.year == nil, point.month != nil else { return false }
    return point.precision == .month || point.precision >= .day && point.day != nil
  }
}
