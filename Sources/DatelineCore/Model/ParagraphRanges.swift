/// The byte ranges of a document's paragraphs, in order: each kept in 6 bytes (a 32-bit start,
/// as in `SourceSpan`, and a 16-bit length) rather than the 16 of a `Range<Int>`, since a large
/// document may have millions of paragraphs and keeps them for as long as it is shown.
public struct ParagraphRanges: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
  private var starts: [UInt32]
  /// Each range's length, or `UInt16.max` for a length kept in `longLengths`.
  private var lengths: [UInt16]
  /// The lengths of `UInt16.max` bytes or more, by position: a paragraph of 64 KiB is rare.
  private var longLengths: [Int: UInt32]

  /// No paragraphs.
  public init() {
    starts = []
    lengths = []
    longLengths = [:]
  }

  /// The ranges `ranges` holds, in its order.
  public init(_ ranges: some Sequence<Range<Int>>) {
    self.init()
    starts.reserveCapacity(ranges.underestimatedCount)
    lengths.reserveCapacity(ranges.underestimatedCount)
    for range in ranges { append(range) }
  }

  /// The ranges listed.
  public init(arrayLiteral ranges: Range<Int>...) {
    self.init(ranges)
  }

  /// The position of the first range: 0.
  public var startIndex: Int { 0 }

  /// The number of ranges.
  public var endIndex: Int { starts.count }

  /// The bytes the ranges are kept in (the long lengths' table aside).
  var byteCount: Int {
    starts.count * MemoryLayout<UInt32>.stride + lengths.count * MemoryLayout<UInt16>.stride
  }

  /// The range at `position`, which must be below `count`.
  public subscript(position: Int) -> Range<Int> {
    let start = starts[position]
    let short = lengths[position]
    let length = short == UInt16.max ? longLengths[position]! : UInt32(short)
    return Int(start)..<Int(start &+ length)
  }

  /// Adds `range` at the end.
  public mutating func append(_ range: Range<Int>) {
    let start = UInt32(truncatingIfNeeded: range.lowerBound)
    let length = UInt32(truncatingIfNeeded: range.upperBound) &- start
    if length >= UInt32(UInt16.max) { longLengths[starts.count] = length }
    starts.append(start)
    lengths.append(UInt16(clamping: length))
  }
}
