/// The mentions of an event, in document order after the first: one source span for each
/// telling. An event told once, as most are, keeps its span inline rather than in an array of its
/// own (a timeline may hold a million such events).
public struct EventMentions: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
  private enum Storage: Sendable {
    case none
    case one(SourceSpan)
    case many([SourceSpan])
  }

  private var storage: Storage

  /// The mentions `spans` holds, in its order.
  public init(_ spans: [SourceSpan]) {
    switch spans.count {
    case 0: storage = .none
    case 1: storage = .one(spans[0])
    default: storage = .many(spans)
    }
  }

  /// The mentions listed.
  public init(arrayLiteral spans: SourceSpan...) {
    self.init(spans)
  }

  /// The position of the first mention: 0.
  public var startIndex: Int { 0 }

  /// The number of mentions.
  public var endIndex: Int {
    switch storage {
    case .none: 0
    case .one: 1
    case .many(let spans): spans.count
    }
  }

  /// The mention at `position`, which must be below `count`.
  public subscript(position: Int) -> SourceSpan {
    switch storage {
    case .one(let span) where position == 0: span
    case .many(let spans): spans[position]
    default: preconditionFailure("mention \(position) is out of range")
    }
  }

  /// Adds `spans` after the mentions, in their order.
  public mutating func append(contentsOf spans: EventMentions) {
    guard !spans.isEmpty else { return }
    var all: [SourceSpan]
    switch storage {
    case .none:
      self = spans
      return
    case .one(let span): all = [span]
    case .many(let kept): all = kept
    }
    // Emptied first, so that the array is not shared while it grows.
    storage = .none
    all.append(contentsOf: spans)
    storage = .many(all)
  }

  /// Whether both hold the same mentions in the same order.
  public static func == (left: EventMentions, right: EventMentions) -> Bool {
    left.elementsEqual(right)
  }

  /// Hashes the mentions in order.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    for span in self { hasher.combine(span) }
  }
}
