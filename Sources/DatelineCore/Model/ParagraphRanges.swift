/// The byte ranges of a document's paragraphs, in order: each kept in 8 bytes (32-bit start and
/// end, as in `SourceSpan`) rather than the 16 of a `Range<Int>`, since a large document may
/// have millions of paragraphs and keeps them for as long as it is shown.
public struct ParagraphRanges: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
  /// Each range's start in the high 32 bits and its end in the low 32.
  private var packed: [UInt64]

  /// No paragraphs.
  public init() {
    packed = []
  }

  /// The ranges `ranges` holds, in its order.
  public init(_ ranges: some Sequence<Range<Int>>) {
    packed = ranges.map(Self.pack)
  }

  /// The ranges listed.
  public init(arrayLiteral ranges: Range<Int>...) {
    self.init(ranges)
  }

  /// The position of the first range: 0.
  public var startIndex: Int { 0 }

  /// The number of ranges.
  public var endIndex: Int { packed.count }

  /// The range at `position`, which must be below `count`.
  public subscript(position: Int) -> Range<Int> {
    let bits = packed[position]
    return Int(bits >> 32)..<Int(bits & 0xFFFF_FFFF)
  }

  /// Adds `range` at the end.
  public mutating func append(_ range: Range<Int>) {
    packed.append(Self.pack(range))
  }

  private static func pack(_ range: Range<Int>) -> UInt64 {
    UInt64(UInt32(truncatingIfNeeded: range.lowerBound)) << 32 | UInt64(UInt32(truncatingIfNeeded: range.upperBound))
  }
}
