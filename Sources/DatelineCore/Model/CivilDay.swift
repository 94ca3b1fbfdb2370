/// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), in integers only.
public enum CivilDay {
  /// The day number of `year-month-day`. A month outside 1…12 counts into the next or previous
  /// years (month 15 of 2021 is March 2022); a day outside the month counts into the next or
  /// previous months.
  public static func number(year: Int, month: Int, day: Int) -> Int {
    let months = year * 12 + (month - 1)
    let normalizedYear = months >= 0 ? months / 12 : (months - 11) / 12
    let normalizedMonth = months - normalizedYear * 12 + 1
    return civil(year: normalizedYear, month: normalizedMonth, day: day)
  }

  private static func civil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let shiftedMonth = (month + 9) % 12
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The calendar date of day number `n`.
  public static func date(_ n: Int) -> (year: Int, month: Int, day: Int) {
    let z = n + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// ISO weekday of day number `n`: 1 = Monday … 7 = Sunday.
  public static func weekday(_ n: Int) -> Int {
    let w = (n + 3) % 7  // 1970-01-01 was a Thursday
    return (w < 0 ? w + 7 : w) + 1
  }

  /// Whether `year` is a leap year.
  public static func isLeap(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  /// The number of days in `month` of `year`.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Whether `year-month-day` names a real day.
  public static func isValid(year: Int, month: Int, day: Int) -> Bool {
    (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
  }

  /// The ISO 8601 week-numbering year and week of day number `n`.
  public static func isoWeek(_ n: Int) -> (year: Int, week: Int) {
    let thursday = n - weekday(n) + 4
    let year = date(thursday).year
    let week = (thursday - number(year: year, month: 1, day: 1)) / 7 + 1
    return (year, week)
  }

  /// The day number of the Monday of ISO week `week` of `year`.
  public static func mondayOf(isoWeek week: Int, year: Int) -> Int {
    let january4 = number(year: year, month: 1, day: 4)
    return january4 - (weekday(january4) - 1) + (week - 1) * 7
  }
}
