/// Where names and summaries share their bytes (`SharedText`): chunks of 64 KiB filled one after
/// the other, a text too long for one in a chunk of its own. A chunk is let go of when no text
/// holds it any more. The mergers keep one for the timeline; a block's events and actors use one
/// of their own until they are merged, so that making them takes no allocation a text.
///
/// Only the pool's owner writes to its chunk, and only past the texts handed out.
struct TextPool: @unchecked Sendable {
  private static let chunkCapacity = 1 << 16

  private var current: SharedText.Chunk?
  /// The bytes of the current chunk not written yet.
  private var room = 0

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
