/// A TIMEX3-style time value: a point at some precision, a duration, a vague reference or a set.
public enum TimeValue: Hashable, Sendable {
  /// A date or time at some precision: `2014`, `2020-05`, `2021-11-07`, `2021-W45`, `1998-01-08TMO`.
  case point(TimePoint)
  /// An amount of time: `P3M`, `PXY`, `PT2H`.
  case duration(TimeDuration)
  /// A vague reference: `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`.
  case reference(TimeReference)
  /// A recurrence, valued as what recurs: `P1W` (weekly), `XXXX-WXX-1` (every Monday).
  indirect case set(TimeValue)

  /// The TIMEX3 `value` attribute.
  public var timex: String {
    switch self {
    case .point(let point): point.timex
    case .duration(let duration): duration.timex
    case .reference(let reference): reference.rawValue
    case .set(let inner): inner.timex
    }
  }

  /// The point, when this value is one.
  public var point: TimePoint? {
    if case .point(let point) = self { point } else { nil }
  }

  /// The stretch of time the value covers, in minutes since 1970-01-01, when it is a point with a
  /// known year; durations, references and sets cover none.
  public var interval: ClosedRange<Int>? { point?.interval }

  /// Orders values on the timeline: by start, and the longer first when two start together, so a
  /// year comes before the days in it; values without an interval come last.
  public static func timelineOrder(_ lhs: TimeValue, _ rhs: TimeValue) -> Bool {
    switch (lhs.interval, rhs.interval) {
    case (let l?, let r?):
      if l.lowerBound != r.lowerBound { return l.lowerBound < r.lowerBound }
      return l.upperBound > r.upperBound
    case (_?, nil): return true
    default: return false
    }
  }
}

extension TimeValue: CustomStringConvertible {
  /// The TIMEX3 value.
  public var description: String { timex }
}

/// A vague reference to the past, the present or the future (TIMEX3 `*_REF` values).
public enum TimeReference: String, Hashable, Sendable, CaseIterable {
  /// "recently", "in the past", "months ago".
  case past = "PAST_REF"
  /// "now", "currently", "these days".
  case present = "PRESENT_REF"
  /// "soon", "in the future".
  case future = "FUTURE_REF"
}
