/// How a relative expression moves from the time it is anchored to: "the night before" is one day
/// back, at night; "three weeks later" is three weeks on.
public struct TimeShift: Hashable, Sendable {
  /// Which way the expression moves from its anchor.
  public enum Direction: String, Hashable, Sendable {
    /// Before the anchor ("the day before", "two years earlier").
    case before
    /// After the anchor ("the next day", "three weeks later").
    case after
    /// At the anchor ("that evening", "the same day").
    case same
  }

  /// How many units to move (zero for `.same`).
  public var amount: Int
  /// The unit moved in.
  public var unit: TimeDuration.Unit
  /// Which way.
  public var direction: Direction
  /// The part of the day the result is narrowed to ("the night before" → night).
  public var partOfDay: TimePoint.PartOfDay?

  /// Creates a shift.
  public init(amount: Int, unit: TimeDuration.Unit, direction: Direction, partOfDay: TimePoint.PartOfDay? = nil) {
    self.amount = amount
    self.unit = unit
    self.direction = direction
    self.partOfDay = partOfDay
  }

  /// The signed number of units (negative before the anchor).
  public var signedAmount: Int {
    switch direction {
    case .before: -amount
    case .after: amount
    case .same: 0
    }
  }

  /// A short description: `-1 day NI`, `+3 weeks`, `same day EV`.
  public var description: String {
    let unitName = "\(unit)"
    var text: String
    switch direction {
    case .same: text = "same " + unitName
    case .before: text = "-\(amount) \(unitName)" + (amount == 1 ? "" : "s")
    case .after: text = "+\(amount) \(unitName)" + (amount == 1 ? "" : "s")
    }
    if let partOfDay { text += " " + partOfDay.rawValue }
    return text
  }

  /// The value this shift gives from `anchor`: the anchor moved by the shift, keeping the
  /// anchor's precision, narrowed to the part of the day. A shift in hours or minutes from a
  /// whole day stays on that day. `nil` when the anchor's year is unknown or it is too coarse for
  /// the unit (a day shift from a month).
  public func apply(to anchor: TimePoint) -> TimePoint? {
    guard anchor.year != nil else { return nil }
    let moved: TimePoint?
    switch unit {
    case .day: moved = CalendarArithmetic.days(anchor, signedAmount)
    case .hour: moved = CalendarArithmetic.minutes(anchor, signedAmount * 60)
    case .minute: moved = CalendarArithmetic.minutes(anchor, signedAmount)
    case .second: moved = CalendarArithmetic.minutes(anchor, signedAmount / 60)
    case .week: moved = CalendarArithmetic.days(anchor, signedAmount * 7)
    case .month: moved = CalendarArithmetic.months(anchor, signedAmount)
    case .quarter: moved = CalendarArithmetic.months(anchor, signedAmount * 3)
    case .year: moved = CalendarArithmetic.months(anchor, signedAmount * 12)
    case .decade: moved = CalendarArithmetic.months(anchor, signedAmount * 120)
    case .century: moved = CalendarArithmetic.months(anchor, signedAmount * 1200)
    case .millennium: moved = CalendarArithmetic.months(anchor, signedAmount * 12000)
    }
    guard var point = moved else { return nil }
    if let partOfDay, point.precision >= .day {
      point = point.truncated(to: .day)
      point.precision = .partOfDay
      point.partOfDay = partOfDay
    }
    return point
  }
}
