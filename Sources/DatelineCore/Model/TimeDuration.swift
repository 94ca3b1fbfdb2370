/// An amount of time, as in TIMEX3 duration values (`P3M`, `P1.5Y`, `PXY`, `PT2H`).
public struct TimeDuration: Hashable, Sendable {
  /// The unit an amount is counted in.
  public enum Unit: String, Hashable, Sendable, CaseIterable {
    /// Thousands of years, written `L`.
    case millennium = "L"
    /// Hundreds of years, written `CE`.
    case century = "CE"
    /// Tens of years, written `DE`.
    case decade = "DE"
    /// Years.
    case year = "Y"
    /// Quarters of a year.
    case quarter = "Q"
    /// Months.
    case month = "M"
    /// Weeks.
    case week = "W"
    /// Days.
    case day = "D"
    /// Hours (a time unit).
    case hour = "H"
    /// Minutes (a time unit, written `TnM`).
    case minute = "MIN"
    /// Seconds (a time unit).
    case second = "S"

    /// Whether the unit is written after `T` in the value.
    public var isTimeUnit: Bool { self == .hour || self == .minute || self == .second }
  }

  /// How many units; `nil` for an unspecified number ("years", "the last few years" → `PXY`).
  public var amount: Double?
  /// The unit.
  public var unit: Unit

  /// Creates a duration of `amount` units (`nil` when unspecified).
  public init(_ amount: Double?, _ unit: Unit) {
    self.amount = amount
    self.unit = unit
  }

  /// The TIMEX3 value, e.g. `P3M`, `PXY`, `PT30M`, `P1.5Y`.
  public var timex: String {
    let number: String
    if let amount {
      number = amount == amount.rounded() && abs(amount) < 1e15 ? String(Int(amount)) : String(amount)
    } else {
      number = "X"
    }
    let letter = unit == .minute ? "M" : unit.rawValue
    return (unit.isTimeUnit ? "PT" : "P") + number + letter
  }
}
