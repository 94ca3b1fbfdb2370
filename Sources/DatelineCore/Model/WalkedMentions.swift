/// A list of mentions that `MentionIterator` reads in one walk: an event's or an actor's.
public protocol WalkedMentions: RandomAccessCollection where Element == SourceSpan, Iterator == MentionIterator {}

extension WalkedMentions {
  /// `transform` of each mention, in order: read in one walk (the collection's `map` reads by
  /// position, which a packed list reads from the start of each group).
  public func map<T>(_ transform: (SourceSpan) throws -> T) rethrows -> [T] {
    var values: [T] = []
    values.reserveCapacity(count)
    for span in self { values.append(try transform(span)) }
    return values
  }
}

/// Reads the mentions of an event or an actor in order, each once.
public struct MentionIterator: IteratorProtocol {
  private var single: SourceSpan?
  private var spans: SpanList.Iterator?

  /// Reads `span` alone.
  init(single span: SourceSpan) {
    single = span
  }

  /// Reads the spans `spans` reads.
  init(spans: SpanList.Iterator) {
    self.spans = spans
  }

  /// The next mention, or nil after the last.
  public mutating func next() -> SourceSpan? {
    if let span = single {
      single = nil
      return span
    }
    return spans?.next()
  }
}
