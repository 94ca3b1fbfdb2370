import DatelineCore

/// How dates read in the panes: as precise as the text supports, `~` when inferred.
public enum DateLabel {
  /// The narrowest the Timeline's date column is: wide enough for `~2021-11-07`.
  public static let columnWidth = 11

  /// The width of the Timeline's date column for `events`: `columnWidth`, or wider when a label
  /// needs it (`~2016-W35-WE`). Only week labels can be wider than an inferred day, so only those
  /// are spelled out.
  public static func columnWidth(fitting events: [Event]) -> Int {
    var width = columnWidth
    for event in events {
      guard let date = event.date, case .point(let point) = date.value, point.precision == .week else { continue }
      width = max(width, DisplayWidth.of(text(for: date)))
    }
    return width
  }

  /// The short label: `2021-11-07`, `2020-05`, `2014`, `1990s`, `~2021-11-07`, `past`.
  public static func text(for date: EventDate) -> String {
    (date.isInferred ? "~" : "") + text(for: date.value)
  }

  /// The short label of a value.
  public static func text(for value: TimeValue) -> String {
    switch value {
    case .point(let point):
      switch point.precision {
      case .century: return point.year.map { "\($0 / 100 * 100)s" } ?? "????"
      case .decade: return point.year.map { "\($0 / 10 * 10)s" } ?? "????"
      case .partOfDay, .hour, .minute, .second:
        return String(point.truncated(to: .day).timex.replacing("XXXX", with: "????"))
      default: return point.timex.replacing("XXXX", with: "????")
      }
    case .reference(let reference):
      switch reference {
      case .past: return "past"
      case .present: return "now"
      case .future: return "future"
      }
    case .duration(let duration): return duration.timex
    case .set(let inner): return "every " + text(for: inner)
    }
  }

  /// The long description of an event's date for the Detail pane, with the end of its range when
  /// it spans one: `1978 to 1985 (year)`.
  public static func description(for date: EventDate) -> String {
    guard let end = date.end else { return description(for: date.value) }
    return DateDisplay.text(date.value) + " to " + description(for: end)
  }

  /// The long description for the Detail pane: `6 November 2021, night (part of day)`; a week
  /// its words already name stands alone (`weekend of 6–7 November 2021`).
  public static func description(for value: TimeValue) -> String {
    guard case .point(let point) = value else { return text(for: value) + " (" + value.precisionName + ")" }
    let unit = point.precision == .week && point.weekend ? "weekend" : point.precision.words
    let text = DateDisplay.text(value)
    return text.hasPrefix(unit + " of ") ? text : text + " (" + unit + ")"
  }
}
