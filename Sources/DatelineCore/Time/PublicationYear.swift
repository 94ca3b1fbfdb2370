/// Completes a publication day that names no year (a wire dateline's `May 14`) from what the
/// text states: the story is published after the latest date it tells as past, and its lead
/// names the day of the dateline (`… fell on Wednesday`); in a text that states no year, from the
/// day it is read.
enum PublicationYear {
  /// How many years after the latest stated date are searched: every day of the year falls on
  /// every weekday within 28 years (a leap day within 57 years, also searched).
  private static let searchedYears = 57

  /// `day` (`XXXX-05-14`) with the first year, from that of the latest point `points` states,
  /// in which it falls on or after that point and on a weekday the lead names (any weekday when
  /// the lead names none); `nil` when the text states no year or no such year is found. A year
  /// or month stated without its day lies in an earlier year than the story's: news names the
  /// year only of what did not happen this year (`The last strike, in 2014, lasted …`).
  static func completed(_ day: TimePoint, points: ReferencePoints) -> TimePoint? {
    guard let month = day.month, let dayOfMonth = day.day, let stated = points.stated, let statedYear = stated.year
    else { return nil }
    let firstYear = stated.day == nil ? statedYear + 1 : statedYear
    let earliest = CivilDay.number(year: firstYear, month: stated.day == nil ? 1 : stated.month ?? 1, day: stated.day ?? 1)
    for year in firstYear...(firstYear + searchedYears) {
      let number = CivilDay.number(year: year, month: month, day: dayOfMonth)
      guard CivilDay.date(number) == (year, month, dayOfMonth), number >= earliest else { continue }
      if points.leadWeekdays == 0 || points.leadWeekdays & (1 << CivilDay.weekday(number)) != 0 {
        return .day(year, month, dayOfMonth)
      }
    }
    return nil
  }

  /// `day` (`XXXX-06-11`) with the latest year in which it falls on or before `today` and on a
  /// weekday the lead names (any weekday when the lead names none): for a text that states no
  /// year, a story read soon after it was written is the likeliest; `nil` when `today` is not a
  /// day or no such year is found.
  static func latest(_ day: TimePoint, notAfter today: TimePoint, leadWeekdays: UInt8) -> TimePoint? {
    guard let month = day.month, let dayOfMonth = day.day, let lastYear = today.year, let last = today.dayNumber
    else { return nil }
    for year in stride(from: lastYear, through: lastYear - searchedYears, by: -1) {
      let number = CivilDay.number(year: year, month: month, day: dayOfMonth)
      guard CivilDay.date(number) == (year, month, dayOfMonth), number <= last else { continue }
      if leadWeekdays == 0 || leadWeekdays & (1 << CivilDay.weekday(number)) != 0 {
        return .day(year, month, dayOfMonth)
      }
    }
    return nil
  }
}
