/// Holidays whose date changes every year.
enum MovableHoliday: Int, Sendable {
  /// The fourth Thursday of November (United States).
  case thanksgiving = 0
  /// Western Easter Sunday.
  case easter = 1

  /// The month the holiday falls in (or usually does), for choosing its year.
  var usualMonth: Int { self == .thanksgiving ? 11 : 4 }

  /// The day number of the holiday in `year`.
  func day(in year: Int) -> Int {
    switch self {
    case .thanksgiving:
      let first = CivilDay.number(year: year, month: 11, day: 1)
      return first + (4 - CivilDay.weekday(first) + 7) % 7 + 21
    case .easter:
      // The anonymous Gregorian computus (Meeus, Jones, Butcher).
      let a = year % 19
      let b = year / 100
      let c = year % 100
      let g = (b - (b + 8) / 25 + 1) / 3
      let h = (19 * a + b - b / 4 - g + 15) % 30
      let l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7
      let m = (a + 11 * h + 22 * l) / 451
      let n = h + l - 7 * m + 114
      return CivilDay.number(year: year, month: n / 31, day: n % 31 + 1)
    }
  }
}
