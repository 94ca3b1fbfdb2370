/// Dates as people read them in the exports: `2014`, `October 2019`, `10 October 2021`,
/// `6 November 2021, night`, `undated`.
public enum DateDisplay {
  private static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]

  /// The date of an event, or `undated`; `(inferred)` is added when it rests on a guessed reference.
  public static func text(_ date: EventDate?) -> String {
    guard let date else { return "undated" }
    return span(date) + (date.isInferred ? " (inferred)" : "")
  }

  /// The date of an event in words, with the end of its range when it spans one: `1978 to 1985`,
  /// `March 2022 to August 2024`.
  public static func span(_ date: EventDate) -> String {
    text(date.value) + (date.end.map { " to " + text($0) } ?? "")
  }

  /// A time value in words.
  public static func text(_ value: TimeValue) -> String {
    guard case .point(let point) = value else { return value.timex }
    let year = point.year.map(String.init) ?? ""
    let month = point.month.flatMap { (1...12).contains($0) ? months[$0 - 1] : nil } ?? ""
    var dayText: String { spaced(spaced(point.day.map(String.init) ?? "", month), year) }
    switch point.precision {
    case .century: return year.isEmpty ? value.timex : "\(year)s (century)"
    case .decade: return year.isEmpty ? value.timex : "\(year)s"
    case .year: return point.fiscal ? "fiscal \(year)" : year
    case .half: return "\(point.half == 2 ? "second" : "first") half of \(year)"
    case .quarter: return "Q\(point.quarter ?? 0) \(year)"
    case .season: return "\(seasonName(point.season)) \(year)"
    case .month: return spaced(month, year)
    case .week: return weekText(point, year: year)
    case .day: return dayText
    case .partOfDay: return dayText + ", " + partName(point.partOfDay)
    case .hour, .minute, .second:
      let clock =
        pad(point.hour) + ":" + pad(point.minute) + (point.precision == .second ? ":" + pad(point.second) : "")
      return dayText + ", " + clock
    }
  }

  /// `week of 8–14 November 2021`, `weekend of 13–14 November 2021`, or for a weekday that could
  /// not be placed, `a Sunday in 2021`: a reader places a week by its days, not its ISO number.
  private static func weekText(_ point: TimePoint, year: String) -> String {
    let inYear = year.isEmpty ? "" : " in \(year)"
    guard let week = point.week, let isoYear = point.year else {
      if let weekday = point.weekday, (1...7).contains(weekday) { return "a \(weekdays[weekday - 1])" + inYear }
      return (point.weekend ? "a weekend" : "a week") + inYear
    }
    let monday = CivilDay.mondayOf(isoWeek: week, year: isoYear)
    if point.weekend { return "weekend of " + dayRange(from: monday + 5, to: monday + 6) }
    return "week of " + dayRange(from: monday, to: monday + 6)
  }

  /// `8–14 November`, `31 August – 1 September 2024`, `31 December 2022 – 1 January 2023`: the
  /// first day's month and year are written only where they differ from the last day's.
  private static func dayRange(from first: Int, to last: Int) -> String {
    let start = CivilDay.date(first)
    let end = CivilDay.date(last)
    let endText = "\(end.day) \(months[end.month - 1]) \(end.year)"
    if start.year != end.year { return "\(start.day) \(months[start.month - 1]) \(start.year) – \(end.day) \(months[end.month - 1]) \(end.year)" }
    if start.month != end.month { return "\(start.day) \(months[start.month - 1]) – " + endText }
    return "\(start.day)–" + endText
  }

  private static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

  /// `left` and `right` with a space between, or the one that is not empty.
  private static func spaced(_ left: String, _ right: String) -> String {
    left.isEmpty ? right : right.isEmpty ? left : left + " " + right
  }

  private static func pad(_ value: Int?) -> String {
    let number = value ?? 0
    return number < 10 ? "0\(number)" : "\(number)"
  }

  private static func seasonName(_ season: TimePoint.Season?) -> String {
    switch season {
    case .spring: "spring"
    case .summer: "summer"
    case .fall: "autumn"
    case .winter: "winter"
    case nil: "season"
    }
  }

  private static func partName(_ part: TimePoint.PartOfDay?) -> String {
    switch part {
    case .morning: "morning"
    case .midday: "midday"
    case .afternoon: "afternoon"
    case .evening: "evening"
    case .night: "night"
    case .daytime: "daytime"
    case nil: "day"
    }
  }
}
