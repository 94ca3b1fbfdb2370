/// The mentions of an event, in document order after the first: one source span for each
/// telling. An event told once, as most are, keeps its span inline rather than in a list of its
/// own (a timeline may hold a million such events); one told more often keeps them packed
/// (`SpanList`, about 4 bytes a span instead of 16: one event may be told half a million times).
///
/// It also keeps the event's disagreements (`Event.disagreements`) beside a list of spans: only
/// an event told more than once has any, and there they take no room of their own in the event.
/// Comparing and hashing mentions reads the spans alone.
public struct EventMentions: WalkedMentions, Hashable, Sendable, ExpressibleByArrayLiteral {
  private enum Storage: Sendable {
    case none
    case one(SourceSpan)
    case many(SpanList, disagreements: [Disagreement])
  }

  private var storage: Storage

  /// The mentions `spans` holds, in its order.
  public init(_ spans: [SourceSpan]) {
    self.init(list: SpanList(spans))
  }

  /// The mentions `list` holds, the one span of a list of one inline.
  private init(list: SpanList) {
    switch list.count {
    case 0: storage = .none
    case 1: storage = .one(list[0])
    default: storage = .many(list, disagreements: [])
    }
  }

  /// The spans of `mentions`, without its disagreements.
  private init(spans mentions: EventMentions) {
    if case .many(let spans, let disagreements) = mentions.storage, !disagreements.isEmpty {
      storage = .many(spans, disagreements: [])
    } else {
      storage = mentions.storage
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
    case .many(let spans, _): spans.count
    }
  }

  /// The mention at `position`, which must be below `count`.
  public subscript(position: Int) -> SourceSpan {
    switch storage {
    case .one(let span) where position == 0: span
    case .many(let spans, _): spans[position]
    default: preconditionFailure("mention \(position) is out of range")
    }
  }

  /// The bytes the spans of a list take (none for none or one, which are kept inline).
  var listBytes: Int {
    guard case .many(let spans, _) = storage else { return 0 }
    return spans.byteCount
  }

  /// Reads the mentions in order, each once (a packed list reads a mention by position from the
  /// start of its group).
  public func makeIterator() -> MentionIterator {
    switch storage {
    case .none: MentionIterator(spans: SpanList().makeIterator())
    case .one(let span): MentionIterator(single: span)
    case .many(let spans, _): MentionIterator(spans: spans.makeIterator())
    }
  }

  /// Adds `spans` after the mentions, in their order (their disagreements are not taken).
  public mutating func append(contentsOf spans: EventMentions) {
    guard !spans.isEmpty else { return }
    if case .none = storage {
      self = EventMentions(spans: spans)
      return
    }
    var (all, disagreements) = takeSpans()
    all.append(contentsOf: spans)
    storage = .many(all, disagreements: disagreements)
  }

  /// The disagreements of the event these are the mentions of (see `Event.disagreements`).
  var disagreements: [Disagreement] {
    get {
      guard case .many(_, let disagreements) = storage else { return [] }
      return disagreements
    }
    set {
      guard !newValue.isEmpty || !self.disagreements.isEmpty else { return }
      let (spans, _) = takeSpans()
      self = EventMentions(list: spans)
      if !newValue.isEmpty { storage = .many(spans, disagreements: newValue) }
    }
  }

  /// The spans as a list, and the disagreements, leaving the storage empty, so that the list is
  /// not shared while it is changed.
  private mutating func takeSpans() -> (SpanList, [Disagreement]) {
    let taken = storage
    storage = .none
    switch taken {
    case .none: return (SpanList(), [])
    case .one(let span): return (SpanList(CollectionOfOne(span)), [])
    case .many(let spans, let disagreements): return (spans, disagreements)
    }
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
