/// Where something was found: a UTF-8 byte range in one document's text, and its paragraph.
///
/// Stored in 16 bytes (32-bit document, paragraph and offsets: documents up to 4 GiB), since a
/// timeline holds millions of spans.
public struct SourceSpan: Hashable, Sendable, Comparable, Codable {
  private var storedDocument: Int32
  private var storedParagraph: Int32
  private var storedStart: UInt32
  private var storedEnd: UInt32

  /// The index of the document in the timeline's document list.
  public var document: Int {
    get { Int(storedDocument) }
    set { storedDocument = Int32(truncatingIfNeeded: newValue) }
  }
  /// The first byte of the span in the document's text.
  public var start: Int {
    get { Int(storedStart) }
    set { storedStart = UInt32(truncatingIfNeeded: newValue) }
  }
  /// One past the last byte of the span.
  public var end: Int {
    get { Int(storedEnd) }
    set { storedEnd = UInt32(truncatingIfNeeded: newValue) }
  }
  /// The zero-based paragraph that contains `start`.
  public var paragraph: Int {
    get { Int(storedParagraph) }
    set { storedParagraph = Int32(truncatingIfNeeded: newValue) }
  }

  /// Creates a span over `start..<end` of `document`, inside `paragraph`.
  public init(document: Int, start: Int, end: Int, paragraph: Int) {
    storedDocument = Int32(truncatingIfNeeded: document)
    storedParagraph = Int32(truncatingIfNeeded: paragraph)
    storedStart = UInt32(truncatingIfNeeded: start)
    storedEnd = UInt32(truncatingIfNeeded: end)
  }

  private enum CodingKeys: String, CodingKey {
    case document, start, end, paragraph
  }

  /// Reads a span from its four numbers.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      document: try container.decode(Int.self, forKey: .document), start: try container.decode(Int.self, forKey: .start),
      end: try container.decode(Int.self, forKey: .end), paragraph: try container.decode(Int.self, forKey: .paragraph))
  }

  /// Writes a span as its four numbers.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(document, forKey: .document)
    try container.encode(start, forKey: .start)
    try container.encode(end, forKey: .end)
    try container.encode(paragraph, forKey: .paragraph)
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
