/// Where something was found: a UTF-8 byte range in one document's text, and its paragraph.
public struct SourceSpan: Hashable, Sendable, Comparable, Codable {
  /// The index of the document in the timeline's document list.
  public var document: Int
  /// The first byte of the span in the document's text.
  public var start: Int
  /// One past the last byte of the span.
  public var end: Int
  /// The zero-based paragraph that contains `start`.
  public var paragraph: Int

  /// Creates a span over `start..<end` of `document`, inside `paragraph`.
  public init(document: Int, start: Int, end: Int, paragraph: Int) {
    self.document = document
    self.start = start
    self.end = end
    self.paragraph = paragraph
  }

  /// The byte range of the span.
  public var range: Range<Int> { start..<end }

  /// Whether the two spans are in the same document and share at least one byte.
  public func overlaps(_ other: SourceSpan) -> Bool {
    document == other.document && start < other.end && other.start < end
  }

  /// Whether `other` lies entirely inside this span.
  public func contains(_ other: SourceSpan) -> Bool {
    document == other.document && start <= other.start && other.end <= end
  }

  /// Orders spans by document, then by position.
  public static func < (lhs: SourceSpan, rhs: SourceSpan) -> Bool {
    (lhs.document, lhs.start, lhs.end) < (rhs.document, rhs.start, rhs.end)
  }
}
