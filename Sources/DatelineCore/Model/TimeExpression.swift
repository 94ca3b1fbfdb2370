/// A temporal expression found in a text, with its TIMEX3 type and normalized value.
public struct TimeExpression: Hashable, Sendable {
  /// The TIMEX3 `type`.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// A calendar date or period: `Nov. 7`, `2014`, `last week`.
    case date = "DATE"
    /// A time of day, or a part of one: `2:30 a.m.`, `that evening`.
    case time = "TIME"
    /// An amount of time: `three months`.
    case duration = "DURATION"
    /// A recurrence: `every Monday`.
    case set = "SET"
  }

  /// How the value was worked out.
  public enum Resolution: Hashable, Sendable {
    /// Everything the value says was written in the expression (`October 2019`).
    case explicit
    /// The year (or more) came from the reference time (`Nov. 7`, `In October`).
    case yearFromReference
    /// The value was computed from the reference time (`yesterday`, `last month`).
    case relativeToReference
    /// The value was computed from an earlier date in the text (`two days later`); the range is
    /// the bytes of that earlier expression.
    case relativeToNarrative(anchor: Range<Int>)
    /// The value is vague or not anchored (`recently`, durations, sets).
    case unanchored
  }

  /// The bytes of the expression in the document's text.
  public var range: Range<Int>
  /// The TIMEX3 type.
  public var kind: Kind
  /// The normalized value.
  public var value: TimeValue
  /// How the value was worked out.
  public var resolution: Resolution
  /// For a relative expression ("the night before", "three weeks later", "two days before"), how
  /// it moves from the time it is anchored to; the value was computed from the narrative or the
  /// reference, and `resolved(against:)` recomputes it from another anchor, such as an event.
  public var shift: TimeShift?

  /// Creates an expression.
  public init(
    range: Range<Int>, kind: Kind, value: TimeValue, resolution: Resolution = .explicit, shift: TimeShift? = nil
  ) {
    self.range = range
    self.kind = kind
    self.value = value
    self.resolution = resolution
    self.shift = shift
  }

  /// The value of a relative expression anchored at `anchor` instead: "the night before" against
  /// the attack's day 2021-11-07 is `2021-11-06TNI`. `nil` when the expression has no shift, or
  /// the anchor is too coarse for it (a day shift from a month) or has no year.
  public func resolved(against anchor: TimePoint) -> TimeValue? {
    shift?.apply(to: anchor).map { .point($0) }
  }
}

/// The time relative expressions are resolved against, and where it came from.
public struct ReferenceTime: Hashable, Sendable {
  /// Where the reference time came from.
  public enum Source: String, Hashable, Sendable {
    /// The document's own metadata (front matter, TimeML DCT).
    case metadata
    /// `--published` on the command line.
    case commandLine
    /// Guessed (from the latest explicit date in the text, or today): values resolved from it are
    /// shown as inferred.
    case inferred
    /// The document's own day with its year guessed from the text (a wire dateline's `May 14`):
    /// values resolved from it are shown as inferred, and it dates the story as a publication
    /// date does.
    case yearInferred
    /// The document's own day in the latest year, up to the day of the run, in which it falls on
    /// a weekday its lead names: the text names no year to guess one from. Shown as inferred,
    /// and it dates the story as a publication date does.
    case yearFromToday

    /// Whether values resolved from a reference of this source are shown as inferred.
    public var isGuessed: Bool { self == .inferred || self == .yearInferred || self == .yearFromToday }
  }

  /// The reference point (a day, or a month when the day is unknown, or a year).
  public var point: TimePoint
  /// Where it came from.
  public var source: Source

  /// Creates a reference time.
  public init(point: TimePoint, source: Source) {
    self.point = point
    self.source = source
  }
}
