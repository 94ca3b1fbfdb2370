/// Source spans in order, packed when there are many: the mentions of an event or actor told
/// often. A span took 16 bytes in an array, and one event of a long text may be told half a
/// million times.
///
/// Up to `plainLimit` spans are kept as they are (`Plain`). Past it each span is written as
/// four variable-length numbers (7 bits a byte): the differences of its document, paragraph and
/// start from the span before, and its length, each the 32-bit difference zigzagged so that a
/// small step back is a small number too. Spans of one document read in order take about 4
/// bytes. Every `groupSize`th span is written against a span of zeros and its byte offset kept
/// (`groupStarts`), so that a span is read from the start of its group, and a walk (`Iterator`)
/// reads each span once.
struct SpanList: RandomAccessCollection, @unchecked Sendable {
  // Copy on write: a buffer is written only while one list holds the only reference to it.
  fileprivate struct Header {
    var count = 0
    var byteCount = 0
    /// The bytes the buffer holds, written or not (asked of the allocator once).
    var capacity = 0
    /// The last span, which the next is written against.
    var last = SpanList.zero
    /// The byte offset of the first span of each group after the first.
    var groupStarts: [UInt32] = []
  }

  fileprivate typealias Buffer = ManagedBuffer<Header, UInt8>
  /// Spans kept as they are, up to `plainLimit`: the header is their count.
  fileprivate typealias Plain = ManagedBuffer<Int, SourceSpan>

  /// A `Plain` or a `Buffer`, or nil for no spans: one reference and no enum, so that the pointer
  /// is stored as it is. An enum of the two kept its case in the pointer's spare bits, which a
  /// leak checker cannot follow.
  private var storage: AnyObject?

  /// How many spans are kept plain: a short list packed took more room (the buffer's header)
  /// than it saved.
  static let plainLimit = 8
  /// How many spans a group holds: a span is read after at most this many less one.
  static let groupSize = 32
  /// The most bytes a span takes: four numbers of up to five bytes.
  private static let maxSpanBytes = 20
  private static let zero = SourceSpan(document: 0, start: 0, end: 0, paragraph: 0)

  /// No spans.
  init() {}

  /// The spans of `spans`, in order.
  init(_ spans: some Sequence<SourceSpan>) {
    append(contentsOf: spans)
  }

  /// The packed buffer, or nil when the spans are plain or there are none.
  private var packed: Buffer? {
    guard let storage, type(of: storage) == Buffer.self else { return nil }
    return unsafeDowncast(storage, to: Buffer.self)
  }

  /// The plain spans, or nil when they are packed or there are none.
  private var plain: Plain? {
    guard let storage, type(of: storage) == Plain.self else { return nil }
    return unsafeDowncast(storage, to: Plain.self)
  }

  /// The position of the first span: 0.
  var startIndex: Int { 0 }

  /// The number of spans.
  var endIndex: Int {
    if let packed { return packed.withUnsafeMutablePointerToHeader { $0.pointee.count } }
    return plain.map(Self.count) ?? 0
  }

  /// The bytes the spans are kept in (not counting the group offsets).
  var byteCount: Int {
    if let packed { return packed.withUnsafeMutablePointerToHeader { $0.pointee.byteCount } }
    return count * MemoryLayout<SourceSpan>.stride
  }

  /// The last span, read without walking its group.
  var last: SourceSpan? {
    if let packed { return packed.withUnsafeMutablePointerToHeader { $0.pointee.last } }
    guard let plain, Self.count(plain) > 0 else { return nil }
    return plain.withUnsafeMutablePointers { $1[$0.pointee - 1] }
  }

  /// The span at `position`, which must be below `count`: a packed one read from the start of its
  /// group.
  subscript(position: Int) -> SourceSpan {
    guard let packed else {
      precondition(position >= 0 && position < count, "span \(position) is out of range")
      return plain.unsafelyUnwrapped.withUnsafeMutablePointerToElements { $0[position] }
    }
    return packed.withUnsafeMutablePointers { header, bytes in
      precondition(position >= 0 && position < header.pointee.count, "span \(position) is out of range")
      let group = position / Self.groupSize
      var offset = group == 0 ? 0 : Int(header.pointee.groupStarts[group - 1])
      var span = Self.zero
      for _ in 0...(position % Self.groupSize) { span = Self.read(bytes, at: &offset, after: span) }
      return span
    }
  }

  /// Reads the spans in order, each once.
  func makeIterator() -> Iterator {
    if let packed { return Iterator(packed: packed) }
    return Iterator(plain: plain)
  }

  /// Adds `span` at the end.
  mutating func append(_ span: SourceSpan) {
    // The list lets go of its buffer while the buffer changes, so that the buffer is not shared
    // and grows in place.
    if var buffer = packed {
      storage = nil
      Self.append(span, to: &buffer)
      storage = buffer
      return
    }
    var spans = plain ?? Plain.create(minimumCapacity: 1) { _ in 0 }
    storage = nil
    if Self.count(spans) < Self.plainLimit {
      Self.append(span, to: &spans)
      storage = spans
      return
    }
    var buffer = Self.packing(spans)
    Self.append(span, to: &buffer)
    storage = buffer
  }

  /// Adds `spans` at the end, in their order.
  mutating func append(contentsOf spans: some Sequence<SourceSpan>) {
    for span in spans { append(span) }
  }

  /// A buffer holding the spans of `plain`, with room for as many again.
  private static func packing(_ plain: Plain) -> Buffer {
    let count = Self.count(plain)
    var buffer = Buffer.create(minimumCapacity: 2 * count * 6) { _ in Header() }
    let allocated = buffer.capacity
    buffer.withUnsafeMutablePointerToHeader { $0.pointee.capacity = allocated }
    plain.withUnsafeMutablePointerToElements { spans in
      for index in 0..<count { append(spans[index], to: &buffer) }
    }
    return buffer
  }

  /// The number of spans `plain` holds.
  // Through a pointer, not `header`: see `append(_:to:)` of a buffer.
  private static func count(_ plain: Plain) -> Int {
    plain.withUnsafeMutablePointerToHeader { $0.pointee }
  }

  /// Writes `span` at the end of `plain`, made its own list's first (copied when it is shared or
  /// full, to twice its count).
  private static func append(_ span: SourceSpan, to plain: inout Plain) {
    let count = count(plain)
    if !isKnownUniquelyReferenced(&plain) || plain.capacity == count {
      let old = plain
      plain = Plain.create(minimumCapacity: Swift.max(1, 2 * count)) { _ in count }
      plain.withUnsafeMutablePointerToElements { target in
        old.withUnsafeMutablePointerToElements { target.initialize(from: $0, count: count) }
      }
    }
    plain.withUnsafeMutablePointers { header, spans in
      (spans + count).initialize(to: span)
      header.pointee += 1
    }
  }

  /// Writes `span` at the end of `buffer`, made its own list's first, with room for it.
  // Through pointers, not `header`: a class's stored property is checked for exclusive access at
  // run time on every use.
  private static func append(_ span: SourceSpan, to buffer: inout Buffer) {
    let byteCount = buffer.withUnsafeMutablePointerToHeader { $0.pointee.byteCount }
    reserve(byteCount + maxSpanBytes, in: &buffer)
    buffer.withUnsafeMutablePointers { header, bytes in
      let startsGroup = header.pointee.count % groupSize == 0
      if startsGroup && header.pointee.count > 0 {
        header.pointee.groupStarts.append(UInt32(truncatingIfNeeded: byteCount))
      }
      header.pointee.byteCount += write(span, after: startsGroup ? zero : header.pointee.last, to: bytes + byteCount)
      header.pointee.count += 1
      header.pointee.last = span
    }
  }

  /// Makes `buffer` its list's own, with room for `needed` bytes.
  private static func reserve(_ needed: Int, in buffer: inout Buffer) {
    let unique = isKnownUniquelyReferenced(&buffer)
    let (capacity, used) = buffer.withUnsafeMutablePointerToHeader { ($0.pointee.capacity, $0.pointee.byteCount) }
    if unique, capacity >= needed { return }
    let old = buffer
    // Half as much again when it grows, not twice: the list of an event told half a million
    // times is the largest thing it holds.
    let grown = Buffer.create(minimumCapacity: Swift.max(needed, unique ? used + used / 2 : used)) { _ in
      old.withUnsafeMutablePointerToHeader { $0.pointee }
    }
    let allocated = grown.capacity
    grown.withUnsafeMutablePointers { header, target in
      header.pointee.capacity = allocated
      old.withUnsafeMutablePointerToElements { source in target.initialize(from: source, count: used) }
    }
    buffer = grown
  }

  /// The span written at `offset` after `before`; moves `offset` past it.
  fileprivate static func read(_ bytes: UnsafeMutablePointer<UInt8>, at offset: inout Int, after before: SourceSpan)
    -> SourceSpan
  {
    let document = bits(before.document) &+ unzigzag(readNumber(bytes, at: &offset))
    let paragraph = bits(before.paragraph) &+ unzigzag(readNumber(bytes, at: &offset))
    let start = bits(before.start) &+ unzigzag(readNumber(bytes, at: &offset))
    let end = start &+ unzigzag(readNumber(bytes, at: &offset))
    return SourceSpan(
      document: Int(Int32(bitPattern: document)), start: Int(start), end: Int(end),
      paragraph: Int(Int32(bitPattern: paragraph)))
  }

  /// Writes `span` after `before` at `bytes`; the number of bytes written.
  private static func write(_ span: SourceSpan, after before: SourceSpan, to bytes: UnsafeMutablePointer<UInt8>) -> Int {
    var offset = 0
    let start = bits(span.start)
    writeNumber(zigzag(bits(span.document) &- bits(before.document)), to: bytes, at: &offset)
    writeNumber(zigzag(bits(span.paragraph) &- bits(before.paragraph)), to: bytes, at: &offset)
    writeNumber(zigzag(start &- bits(before.start)), to: bytes, at: &offset)
    writeNumber(zigzag(bits(span.end) &- start), to: bytes, at: &offset)
    return offset
  }

  /// A span's number as it is stored, in 32 bits.
  private static func bits(_ value: Int) -> UInt32 {
    UInt32(truncatingIfNeeded: value)
  }

  private static func zigzag(_ difference: UInt32) -> UInt32 {
    let signed = Int32(bitPattern: difference)
    return UInt32(bitPattern: (signed << 1) ^ (signed >> 31))
  }

  private static func unzigzag(_ number: UInt32) -> UInt32 {
    (number >> 1) ^ (0 &- (number & 1))
  }

  private static func writeNumber(_ number: UInt32, to bytes: UnsafeMutablePointer<UInt8>, at offset: inout Int) {
    var rest = number
    while rest >= 0x80 {
      bytes[offset] = UInt8(truncatingIfNeeded: rest) | 0x80
      rest >>= 7
      offset += 1
    }
    bytes[offset] = UInt8(rest)
    offset += 1
  }

  private static func readNumber(_ bytes: UnsafeMutablePointer<UInt8>, at offset: inout Int) -> UInt32 {
    var number: UInt32 = 0
    var shift: UInt32 = 0
    while true {
      let byte = bytes[offset]
      offset += 1
      number |= UInt32(byte & 0x7F) << shift
      if byte < 0x80 { return number }
      shift += 7
    }
  }

  /// Reads the spans of a list in order, each once.
  struct Iterator: IteratorProtocol {
    private let plain: Plain?
    private let buffer: Buffer?
    private let count: Int
    private var index = 0
    private var offset = 0
    private var previous = SpanList.zero

    fileprivate init(plain spans: Plain?) {
      plain = spans
      buffer = nil
      count = spans.map(SpanList.count) ?? 0
    }

    fileprivate init(packed buffer: Buffer) {
      plain = nil
      self.buffer = buffer
      count = buffer.withUnsafeMutablePointerToHeader { $0.pointee.count }
    }

    /// The next span, or nil after the last.
    mutating func next() -> SourceSpan? {
      guard index < count else { return nil }
      defer { index += 1 }
      guard let buffer else { return plain.unsafelyUnwrapped.withUnsafeMutablePointerToElements { $0[index] } }
      if index % SpanList.groupSize == 0 { previous = SpanList.zero }
      let before = previous
      previous = buffer.withUnsafeMutablePointerToElements { SpanList.read($0, at: &offset, after: before) }
      return previous
    }
  }
}
