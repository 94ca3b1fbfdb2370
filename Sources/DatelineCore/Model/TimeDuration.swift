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
  /// Whether a fraction is written in the next smaller unit when it comes out whole there
  /// (`P2Y6M`, `PT1M30S`, as TimeBank writes `2 1/2 years`) rather than as a decimal (`P2.5Y`).
  public var splitsFraction: Bool

  /// Creates a duration of `amount` units (`nil` when unspecified), its fraction written in the
  /// next smaller unit when `splitsFraction`.
  public init(_ amount: Double?, _ unit: Unit, splitsFraction: Bool = false) {
    self.amount = amount
    self.unit = unit
    self.splitsFraction = splitsFraction
  }

  /// The TIMEX3 value, e.g. `P3M`, `PXY`, `PT30M`, `P1.5Y`, or with `splitsFraction` `P2Y6M`,
  /// `PT1M30S`, `P1DT12H` (a fraction that is not whole in the smaller unit stays a decimal).
  public var timex: String {
    guard let amount else { return prefix(unit) + "X" + letter(unit) }
    let whole = amount.rounded(.down)
    if splitsFraction, whole != amount, abs(amount) < 1e15, let (smaller, factor) = unit.smaller {
      let rest = (amount - whole) * Double(factor)
      if rest == rest.rounded() {
        let head = whole > 0 ? prefix(unit) + String(Int(whole)) + letter(unit) : "P"
        let joint = smaller.isTimeUnit && !(whole > 0 && unit.isTimeUnit) ? "T" : ""
        return head + joint + String(Int(rest)) + letter(smaller)
      }
    }
    let number = amount == whole && abs(amount) < 1e15 ? String(Int(amount)) : String(amount)
    return prefix(unit) + number + letter(unit)
  }

  /// Durations are equal when their amounts and units are: how a fraction is written does not
  /// count (`P2Y6M` is `P2.5Y`).
  public static func == (lhs: TimeDuration, rhs: TimeDuration) -> Bool {
    lhs.amount == rhs.amount && lhs.unit == rhs.unit
  }

  /// Hashes the amount and the unit.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(amount)
    hasher.combine(unit)
  }

  private func prefix(_ unit: Unit) -> String { unit.isTimeUnit ? "PT" : "P" }

  private func letter(_ unit: Unit) -> String { unit == .minute ? "M" : unit.rawValue }
}

extension TimeDuration.Unit {
  /// The next smaller unit that divides this one evenly, and how many of it make one of this.
  var smaller: (unit: TimeDuration.Unit, factor: Int)? {
    switch self {
    case .millennium: (.year, 1000)
    case .century: (.year, 100)
    case .decade: (.year, 10)
    case .year: (.month, 12)
    case .quarter: (.month, 3)
    case .month: nil
    case .week: (.day, 7)
    case .day: (.hour, 24)
    case .hour: (.minute, 60)
    case .minute: (.second, 60)
    case .second: nil
    }
  }
}
