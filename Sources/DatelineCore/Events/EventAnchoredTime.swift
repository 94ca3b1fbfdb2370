/// A time told as a shift from an event rather than from the calendar: `the night before the drone
/// attack`, `the day after the vote`, `hours before the attack`.
///
/// This is the narrow interface between the time tagger and the event builder: the builder finds
/// the anchor event and asks for `value(from:)`; whoever recognizes the expression only fills in
/// the shift.
struct EventAnchoredTime: Sendable, Hashable {
  /// The tokens of the whole expression: `the night before the drone attack`.
  var tokens: Range<Int>
  /// The trigger noun of the anchor event's phrase: `attack`.
  var anchorNoun: Int
  /// How far the time lies from the event, and which part of the day it is.
  var unit: Lexicon.AnchorUnit
  /// Whether the time lies before the event (`before`, `preceding`) rather than after it.
  var isBefore: Bool

  /// The time, given the anchor event's date; `nil` when that date is too coarse for the shift
  /// (`the night before` an event known only to the month).
  func value(from anchor: TimeValue) -> TimeValue? {
    guard let point = anchor.point, let year = point.year else { return nil }
    let count = isBefore ? -unit.count : unit.count
    switch unit.unit {
    case .day, .week:
      guard let day = point.dayNumber else { return nil }
      let shifted = day + (unit.unit == .week ? 7 * count : count)
      if unit.unit == .week {
        let week = CivilDay.isoWeek(shifted)
        return .point(TimePoint(precision: .week, year: week.year, week: week.week))
      }
      var result = TimePoint.day(number: shifted)
      if let part = unit.partOfDay {
        result.precision = .partOfDay
        result.partOfDay = part
      }
      return .point(result)
    case .month:
      guard point.precision >= .month, let month = point.month else { return nil }
      let index = year * 12 + (month - 1) + count
      return .point(.month(index / 12, index % 12 + 1))
    default:
      return .point(.year(year + count))
    }
  }
}
