/// Holidays whose date changes every year.
enum MovableHoliday: Int, Sendable {
  /// The fourth Thursday of November (United States).
  case thanksgiving = 0
  /// Western Easter Sunday.
  case easter = 1
  /// The Tuesday after the first Monday of November (United States), named with `Day`.
  case electionDay = 2
  /// The last Monday of May (United States), named with `Day`.
  case memorialDay = 3
  /// The first Monday of September (United States), named with `Day`.
  case laborDay = 4

  /// The month the holiday falls in (or usually does), for choosing its year.
  var usualMonth: Int {
    switch self {
    case .thanksgiving, .electionDay: 11
    case .easter: 4
    case .memorialDay: 5
    case .laborDay: 9
    }
  }

  /// Whether the holiday's name needs `Day` after it (`Election Day`, not `election`).
  var needsDay: Bool { self == .electionDay || self == .memorialDay || self == .laborDay }

  /// The day number of the holiday in `year`.
  func day(in year: Int) -> Int {
    switch self {
    case .thanksgiving: return Self.weekday(4, of: 11, in: year) + 21
    case .electionDay: return Self.weekday(1, of: 11, in: year) + 1
    case .memorialDay: return Self.weekday(1, of: 6, in: year) - 7
    case .laborDay: return Self.weekday(1, of: 9, in: year)
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

  /// The day number of the first `weekday` (1 = Monday) of `month` in `year`.
  private static func weekday(_ weekday: Int, of month: Int, in year: Int) -> Int {
    let first = CivilDay.number(year: year, month: month, day: 1)
    return first + (weekday - CivilDay.weekday(first) + 7) % 7
  }
}
