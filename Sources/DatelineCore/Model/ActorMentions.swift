/// The mentions of an actor, in document order: one source span for each time the text names it.
/// An actor named once, as most of a long list of names are, keeps its span inline rather than in
/// a list of its own (an array of one span took a 64-byte allocation); one named more often keeps
/// them packed (`SpanList`, about 4 bytes a span instead of 16: one actor may be named half a
/// million times).
///
/// It also keeps the actor's aliases (`Actor.aliases`) beside a list of spans: most actors of a
/// long list of names have none, and there they take no room of their own in the actor. Comparing
/// and hashing mentions reads the spans alone.
public struct ActorMentions: WalkedMentions, Hashable, Sendable, ExpressibleByArrayLiteral {
  private enum Storage: Sendable {
    case one(SourceSpan)
    case many(SpanList, aliases: [String])
  }

  private var storage: Storage

  /// The mentions `spans` holds, in its order.
  public init(_ spans: [SourceSpan]) {
    storage = spans.count == 1 ? .one(spans[0]) : .many(SpanList(spans), aliases: [])
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

  /// The bytes the spans of a list take (none for one, which is kept inline).
  var listBytes: Int {
    guard case .many(let spans, _) = storage else { return 0 }
    return spans.byteCount
  }

  /// Reads the mentions in order, each once (a packed list reads a mention by position from the
  /// start of its group).
  public func makeIterator() -> MentionIterator {
    switch storage {
    case .one(let span): MentionIterator(single: span)
    case .many(let spans, _): MentionIterator(spans: spans.makeIterator())
    }
  }

  /// Adds `span` after the mentions.
  public mutating func append(_ span: SourceSpan) {
    append(contentsOf: CollectionOfOne(span))
  }

  /// Adds `spans` after the mentions, in their order.
  public mutating func append(contentsOf spans: some Collection<SourceSpan>) {
    guard !spans.isEmpty else { return }
    var (all, aliases) = takeSpans()
    if all.isEmpty && aliases.isEmpty && spans.count == 1 {
      storage = .one(spans[spans.startIndex])
      return
    }
    all.append(contentsOf: spans)
    storage = .many(all, aliases: aliases)
  }

  /// The aliases of the actor these are the mentions of (see `Actor.aliases`).
  var aliases: [String] {
    get {
      guard case .many(_, let aliases) = storage else { return [] }
      return aliases
    }
    set {
      guard !newValue.isEmpty || !aliases.isEmpty else { return }
      let (spans, _) = takeSpans()
      storage = newValue.isEmpty && spans.count == 1 ? .one(spans[0]) : .many(spans, aliases: newValue)
    }
  }

  /// The spans as a list, and the aliases, leaving the storage empty, so that neither is shared
  /// while it is changed.
  private mutating func takeSpans() -> (SpanList, [String]) {
    let taken = storage
    storage = .many(SpanList(), aliases: [])
    switch taken {
    case .one(let span): return (SpanList(CollectionOfOne(span)), [])
    case .many(let spans, let aliases): return (spans, aliases)
    }
  }

  /// Adds the mentions of `right` after those of `left` (its aliases are not taken).
  public static func += (left: inout ActorMentions, right: ActorMentions) {
    left.append(contentsOf: right)
  }

  /// Whether both hold the same mentions in the same order.
  public static func == (left: ActorMentions, right: ActorMentions) -> Bool {
    left.elementsEqual(right)
  }

  /// Hashes the mentions in order.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    for span in self { hasher.combine(span) }
  }
}
