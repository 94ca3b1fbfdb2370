import Foundation

/// An event's date, with the expression it came from and how sure it is.
///
/// The value is kept once per distinct value for the whole process (a timeline has far fewer
/// distinct dates than events), so that an event date takes a few dozen bytes, not hundreds.
public struct EventDate: Hashable, Sendable {
  private var box: TimeValueBox
  /// The temporal expression the date came from, if it came from one.
  public var expression: SourceSpan?
  /// How the expression's value was worked out.
  public var resolution: TimeExpression.Resolution
  /// Whether the date rests on a guessed reference time, so that it should be shown as inferred.
  public var isInferred: Bool
  private var storedAnchor: Int32

  /// The date.
  public var value: TimeValue {
    get { box.value }
    set { if newValue != box.value { box = TimeValueBox.intern(newValue) } }
  }

  /// For a date told as a shift from another event (`the night before the drone attack`), that
  /// event's id.
  public var anchorEvent: Int? {
    get { storedAnchor < 0 ? nil : Int(storedAnchor) }
    set { storedAnchor = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
  }

  /// Creates an event date.
  public init(
    value: TimeValue, expression: SourceSpan?, resolution: TimeExpression.Resolution = .explicit,
    isInferred: Bool = false, anchorEvent: Int? = nil
  ) {
    box = TimeValueBox.intern(value)
    self.expression = expression
    self.resolution = resolution
    self.isInferred = isInferred
    storedAnchor = anchorEvent.map { Int32(truncatingIfNeeded: $0) } ?? -1
  }

  /// Whether two dates are the same in every part.
  public static func == (lhs: EventDate, rhs: EventDate) -> Bool {
    lhs.box === rhs.box && lhs.expression == rhs.expression && lhs.resolution == rhs.resolution
      && lhs.isInferred == rhs.isInferred && lhs.storedAnchor == rhs.storedAnchor
  }

  /// Hashes every part.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(ObjectIdentifier(box))
    hasher.combine(expression)
    hasher.combine(resolution)
    hasher.combine(isInferred)
    hasher.combine(storedAnchor)
  }
}

/// One time value, shared by every event date of that value: `intern` gives the same box for
/// equal values.
private final class TimeValueBox: Sendable {
  let value: TimeValue

  private init(_ value: TimeValue) {
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
