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
  /// or month stated without its day most often lies in an earlier year than the story's: news
  /// names the year only of what did not happen this year (`The last strike, in 2014, lasted …`);
  /// so without a weekday the year after it is taken. Yet it may be the story's own (`the housing
  /// market collapsed in 2008`): the weekday the lead names is sought from the year told itself,
  /// not from the next, which would pass over a year that fits for one up to six years later.
  /// A bare year later than the latest one told in the past tense is no evidence of the story's
  /// time (a target or a forecast told in the present: `aims to balance the budget in 2014`).
  static func completed(_ day: TimePoint, points: ReferencePoints) -> TimePoint? {
    guard let month = day.month, let dayOfMonth = day.day, let stated = told(points), let statedYear = stated.year
    else { return nil }
    let isCoarse = stated.day == nil
    let isBefore = isCoarse && points.leadWeekdays == 0
    let firstYear = isBefore ? statedYear + 1 : statedYear
    let earliest = CivilDay.number(
      year: firstYear, month: isBefore || stated.precision < .month ? 1 : stated.month ?? 1, day: stated.day ?? 1)
    for year in firstYear...(firstYear + searchedYears) {
      let number = CivilDay.number(year: year, month: month, day: dayOfMonth)
      guard CivilDay.date(number) == (year, month, dayOfMonth), number >= earliest else { continue }
      if points.leadWeekdays == 0 || points.leadWeekdays & (1 << CivilDay.weekday(number)) != 0 {
        return .day(year, month, dayOfMonth)
      }
    }
    return nil
  }

  /// The latest point the text states that tells of the story's time: the stated point, unless it
  /// is a bare year later than the latest year told in the past tense, which is taken instead.
  private static func told(_ points: ReferencePoints) -> TimePoint? {
    guard let stated = points.stated, stated.precision == .year, let year = stated.year, let past = points.pastYear,
      past < year
    else { return points.stated }
    return .year(past)
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
