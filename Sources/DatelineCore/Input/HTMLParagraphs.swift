/// The paragraphs of an article as the HTML reader writes them: their bytes one after another in
/// one buffer, where each lies in it, and whether each is preformatted text (a listing). One
/// buffer, not an array each: a page of 100,000 short paragraphs took half as much again in
/// arrays of their own.
struct HTMLParagraphs {
  /// The bytes of every paragraph, in order (bytes of a removed one may stay).
  private(set) var bytes: [UInt8] = []
  /// Where each paragraph lies in `bytes`.
  private(set) var ranges: [Range<Int>] = []
  /// Whether each paragraph is preformatted text.
  var isListing: [Bool] = []
  /// Where the paragraph being written starts in `bytes`.
  private var start = 0

  /// No paragraphs, with room for `capacity` bytes of them.
  init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// `paragraphs`, none of them preformatted.
  init(_ paragraphs: [[UInt8]]) {
    self.init(capacity: paragraphs.reduce(0) { $0 + $1.count })
    for paragraph in paragraphs {
      bytes += paragraph
      end(isListing: false)
    }
  }

  /// How many paragraphs there are.
  var count: Int { ranges.count }

  /// How many bytes the paragraphs hold together.
  var length: Int { ranges.reduce(0) { $0 + $1.count } }

  /// The bytes of paragraph `index`.
  subscript(index: Int) -> ArraySlice<UInt8> { bytes[ranges[index]] }

  /// Whether the paragraph being written is still empty.
  var isOpenEmpty: Bool { bytes.count == start }

  /// The last byte of the paragraph being written, if it has any.
  var lastOpenByte: UInt8? { isOpenEmpty ? nil : bytes.last }

  /// Adds `run` to the paragraph being written.
  mutating func append(_ run: ArraySlice<UInt8>) { bytes += run }

  /// Ends the paragraph being written, without its trailing spaces; an empty one is dropped.
  mutating func end(isListing listing: Bool) {
    while bytes.count > start, bytes.last == 0x20 { bytes.removeLast() }
    if bytes.count > start {
      ranges.append(start..<bytes.count)
      isListing.append(listing)
    }
    start = bytes.count
  }

  /// Leaves paragraph `index` out.
  mutating func remove(at index: Int) {
    ranges.remove(at: index)
    isListing.remove(at: index)
  }
}
