import Foundation

/// An event's date, with the expression it came from and how sure it is.
///
/// The value of a kept date is shared by every kept date of that value (a timeline has far fewer
/// distinct dates than events: see `shareValue`) and the rest in 32-bit parts, so that an event date takes 48
/// bytes, not hundreds.
public struct EventDate: Hashable, Sendable {
  /// Why an event that names no date of its own was given one (news convention).
  public enum Inference: UInt8, Hashable, Sendable, CaseIterable {
    /// Told in the past tense naming a dated event, or just after a dated event of the same
    /// passage: it takes that event's date (`anchorEvent`).
    case narrative = 1
    /// Told in the past tense in a news story: it takes the date of the story's lead event
    /// (`anchorEvent`).
    case storyTime = 2
    /// A report, a lead told in the past, perfect or present progressive tense, or what a product
    /// is said to have or be in the present: the publication date of the article.
    case publication = 3
    /// Placed by a measured stretch from a clause of its sentence dated to the day (`were without
    /// power on Friday, two days after the storm struck`): that clause's day (`anchorEvent`)
    /// moved by the stretch, which is the date's `expression` (`two days after`).
    case offset = 4
    /// Told as after an event the text told before and names (`Shares fell after the
    /// announcement`): on that event's day (`anchorEvent`) or later; it takes the day.
    case afterEvent = 5

    /// Why the date was inferred, in words, for a reader; `anchor` is the summary of the event
    /// the date was taken from, when there is one, `told` the words of the date's expression
    /// (the stretch of an `offset`: `two days after`), and `unit` what the date names (`day`,
    /// `weekend`: `EventDate.unitWords`).
    public func explanation(anchor: String?, told: String? = nil, unit: String = "day") -> String {
      let quoted = anchor.map { " “" + $0 + "”" } ?? ""
      switch self {
      case .narrative: return "inferred: told in the past tense with" + quoted + ", whose " + unit + " it takes"
      case .storyTime: return "inferred: told in the past tense in a story whose lead" + quoted + " is of this " + unit
      case .publication:
        return "inferred: a report, a lead told as past or ongoing, or what a product is said to have, dated by the publication date"
      case .offset:
        guard let told, !quoted.isEmpty else { return "inferred: counted from the day of a clause told with it" }
        return "inferred:" + quoted + " came " + told + " it, and its day is counted from that one"
      case .afterEvent: return "inferred: told as after" + quoted + ", on whose " + unit + " or later it happened"
      }
    }

    /// The name used in exports: `narrative`, `story-time`, `publication`, `offset`,
    /// `after-event`.
    public var name: String {
      switch self {
      case .narrative: "narrative"
      case .storyTime: "story-time"
      case .publication: "publication"
      case .offset: "offset"
      case .afterEvent: "after-event"
      }
    }
  }

  private var box: TimeValueBox
  private var endBox: TimeValueBox?
  private var storedExpression: SourceSpan
  private var narrativeStart: UInt32
  private var narrativeEnd: UInt32
  private var storedAnchor: Int32
  private var resolutionKind: UInt8
  private var hasExpression: Bool
  private var inferenceKind: UInt8
  /// Whether the date rests on a guessed reference time, so that it should be shown as inferred.
  public var isInferred: Bool

  /// The date.
  public var value: TimeValue {
    get { box.value }
    set { if newValue != box.value { box = TimeValueBox(newValue) } }
  }

  /// Where the event ends when it spans a range of dates (`between 1978 and 1985`, `from March
  /// 2022 to August 2024`, `in 1997-2000`): the last part of the range, which `value` opens.
  public var end: TimeValue? {
    get { endBox?.value }
    set { if newValue != endBox?.value { endBox = newValue.map(TimeValueBox.init) } }
  }

  /// The temporal expression the date came from, if it came from one.
  public var expression: SourceSpan? {
    get { hasExpression ? storedExpression : nil }
    set {
      hasExpression = newValue != nil
      storedExpression = newValue ?? SourceSpan(document: 0, start: 0, end: 0, paragraph: 0)
    }
  }

  /// How the expression's value was worked out.
  public var resolution: TimeExpression.Resolution {
    get {
      switch resolutionKind {
      case 0: .explicit
      case 1: .yearFromReference
      case 2: .relativeToReference
      case 3: .relativeToNarrative(anchor: Int(narrativeStart)..<Int(narrativeEnd))
      default: .unanchored
      }
    }
    set {
      narrativeStart = 0
      narrativeEnd = 0
      switch newValue {
      case .explicit: resolutionKind = 0
      case .yearFromReference: resolutionKind = 1
      case .relativeToReference: resolutionKind = 2
      case .relativeToNarrative(let anchor):
        resolutionKind = 3
        narrativeStart = UInt32(truncatingIfNeeded: anchor.lowerBound)
        narrativeEnd = UInt32(truncatingIfNeeded: anchor.upperBound)
      case .unanchored: resolutionKind = 4
      }
    }
  }

  /// Why the event was given this date when it names none of its own; nil when it does.
  public var inference: Inference? {
    get { Inference(rawValue: inferenceKind) }
    set { inferenceKind = newValue?.rawValue ?? 0 }
  }

  /// Whether the date is told in the text: named by the event's own words, or counted from a day
  /// its sentence names by a stretch it tells (`on Tuesday, a day after it ran aground`); not
  /// guessed from the story's days or from the publication.
  public var isTold: Bool { inference == nil || inference == .offset }

  /// For a date told as a shift from another event (`the night before the drone attack`), that
  /// event's id.
  public var anchorEvent: Int? {
    get { storedAnchor < 0 ? nil : Int(storedAnchor) }
    set { storedAnchor = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
  }

  /// Creates an event date.
  public init(
    value: TimeValue, expression: SourceSpan?, resolution: TimeExpression.Resolution = .explicit,
    isInferred: Bool = false, anchorEvent: Int? = nil, inference: Inference? = nil, end: TimeValue? = nil
  ) {
    box = TimeValueBox(value)
    endBox = end.map(TimeValueBox.init)
    storedExpression = SourceSpan(document: 0, start: 0, end: 0, paragraph: 0)
    narrativeStart = 0
    narrativeEnd = 0
    storedAnchor = -1
    resolutionKind = 0
    hasExpression = false
    inferenceKind = inference?.rawValue ?? 0
    self.isInferred = isInferred
    self.expression = expression
    self.resolution = resolution
    self.anchorEvent = anchorEvent
  }

  /// Whether the value is the same as `other`'s (at once when both share one copy of it).
  func hasValue(of other: EventDate) -> Bool {
    box === other.box || box.value == other.box.value
  }

  /// Lets this date share the one copy of its value that every shared date of that value uses,
  /// for dates that are kept (a timeline's), not for passing ones.
  mutating func shareValue() {
    box = TimeValueBox.intern(box.value)
    endBox = endBox.map { TimeValueBox.intern($0.value) }
  }

  /// Whether two dates are the same in every part.
  public static func == (lhs: EventDate, rhs: EventDate) -> Bool {
    lhs.hasValue(of: rhs) && lhs.end == rhs.end && lhs.storedExpression == rhs.storedExpression && lhs.hasExpression == rhs.hasExpression
      && lhs.resolutionKind == rhs.resolutionKind && lhs.narrativeStart == rhs.narrativeStart
      && lhs.narrativeEnd == rhs.narrativeEnd && lhs.isInferred == rhs.isInferred
      && lhs.storedAnchor == rhs.storedAnchor && lhs.inferenceKind == rhs.inferenceKind
  }

  /// Hashes every part.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(box.value)
    hasher.combine(end)
    hasher.combine(storedExpression)
    hasher.combine(hasExpression)
    hasher.combine(resolutionKind)
    hasher.combine(narrativeStart)
    hasher.combine(narrativeEnd)
    hasher.combine(isInferred)
    hasher.combine(storedAnchor)
    hasher.combine(inferenceKind)
  }
}

/// A time value on the heap, so that an event date stays small; `intern` gives the same box for
/// equal values.
private final class TimeValueBox: Sendable {
  let value: TimeValue

  init(_ value: TimeValue) {
    self.value = value
  }

  private static let table = InternTable()

  /// The box of `value`.
  static func intern(_ value: TimeValue) -> TimeValueBox {
    table.lock.lock()
    defer { table.lock.unlock() }
    if let box = table.boxes[value] { return box }
    let box = TimeValueBox(value)
    table.boxes[value] = box
    return box
  }

  /// The boxes made so far, behind a lock.
  private final class InternTable: @unchecked Sendable {
    let lock = NSLock()
    var boxes: [TimeValue: TimeValueBox] = [:]
  }
}
