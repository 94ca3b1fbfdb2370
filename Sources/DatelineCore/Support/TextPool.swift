/// Where names and summaries share their bytes (`SharedText`): chunks of 64 KiB filled one after
/// the other, a text too long for one in a chunk of its own. A chunk is let go of when no text
/// holds it any more. The mergers keep one for the timeline; a block's events and actors use one
/// of their own until they are merged, so that making them takes no allocation a text.
///
/// A text shared again while it is among the last few the pool wrote is given back as it was, not
/// written again: a summary rewritten the same way for every telling (`The regulator said it
/// would review them` for `the regulator said …` told 40,000 times) is kept once.
///
/// Only the pool's owner writes to its chunk, and only past the texts handed out.
struct TextPool: @unchecked Sendable {
  private static let chunkCapacity = 1 << 16
  /// How many texts written last are remembered, by the high bits of their hash.
  static let recentSlots = 1 << slotBits
  private static let slotBits = 6

  private var current: SharedText.Chunk?
  /// The bytes of the current chunk not written yet.
  private var room = 0
  /// Texts written, each in the slot of its hash (made at the first text written).
  private var recent: [SharedText?] = []

  /// An empty pool.
  init() {}

  /// `text` with its bytes in the pool (inline text stays inline).
  mutating func share(_ text: SharedText) -> SharedText {
    text.withUTF8 { share(bytes: $0) }
  }

  /// `text` as the bytes of `source` in `range` when they are the text's (no copy: a name or
  /// summary is most often the words of its first mention), else as `share(_:)` gives it.
  mutating func share(_ text: SharedText, foundIn source: SharedBytes, at range: Range<Int>) -> SharedText {
    text.withUTF8 { bytes in
      if bytes.count > SharedText.inlineCapacity, range.count == bytes.count, range.lowerBound >= 0,
        range.upperBound <= source.bytes.count, range.upperBound <= Int(UInt32.max),
        source.bytes.withUnsafeBufferPointer({ $0[range].elementsEqual(bytes) })
      {
        return SharedText(bytes: source, start: range.lowerBound, count: bytes.count)
      }
      return share(bytes: bytes)
    }
  }

  /// `string` with its bytes in the pool, or inline.
  mutating func share(_ string: String) -> SharedText {
    var string = string
    return string.withUTF8 { share(bytes: $0) }
  }

  private mutating func share(bytes: UnsafeBufferPointer<UInt8>) -> SharedText {
    if let inline = SharedText(inline: bytes) { return inline }
    if recent.isEmpty { recent = Array(repeating: nil, count: Self.recentSlots) }
    let slot = Self.slot(of: bytes)
    if let known = recent[slot], known.withUTF8({ $0.elementsEqual(bytes) }) { return known }
    let written = write(bytes)
    recent[slot] = written
    return written
  }

  /// The slot of `recent` that text of `bytes` (longer than inline text) is remembered in: a hash
  /// of its length and its first and last eight bytes, read in the same time whatever its length
  /// (hashing every byte took 0.4% of a run's instructions, each text being shared twice).
  private static func slot(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let raw = UnsafeRawBufferPointer(bytes)
    let head = raw.loadUnaligned(as: UInt64.self)
    let tail = raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
    let hash = (head &* 0x9E37_79B9_7F4A_7C15) ^ (tail &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(bytes.count)
    return Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - slotBits))
  }

  /// `bytes` written into the pool.
  private mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) -> SharedText {
    if current == nil || bytes.count > room {
      let chunk = SharedText.Chunk.create(minimumCapacity: max(bytes.count, Self.chunkCapacity)) { _ in 0 }
      current = chunk
      room = chunk.capacity
    }
    let chunk = current!
    let start = chunk.header
    chunk.withUnsafeMutablePointerToElements { ($0 + start).initialize(from: bytes.baseAddress!, count: bytes.count) }
    chunk.header += bytes.count
    room -= bytes.count
    return SharedText(chunk: chunk, start: start, count: bytes.count)
  }
}
