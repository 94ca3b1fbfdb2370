/// Where the kept names and summaries of a timeline share their bytes (`SharedText`): chunks of
/// 64 KiB filled one after the other, a text too long for one in a chunk of its own. A chunk is
/// let go of when no text holds it any more.
///
/// Only the pool's owner writes to its chunk, and only past the texts handed out.
struct TextPool: @unchecked Sendable {
  private static let chunkCapacity = 1 << 16

  private var current: SharedText.Chunk?

  /// An empty pool.
  init() {}

  /// `text` with its bytes in the pool (inline text stays inline).
  mutating func share(_ text: SharedText) -> SharedText {
    text.withUTF8 { bytes in
      if let inline = SharedText(inline: bytes) { return inline }
      if current == nil || current!.header + bytes.count > current!.capacity {
        current = SharedText.Chunk.create(minimumCapacity: max(bytes.count, Self.chunkCapacity)) { _ in 0 }
      }
      let chunk = current!
      let start = chunk.header
      chunk.withUnsafeMutablePointerToElements { ($0 + start).initialize(from: bytes.baseAddress!, count: bytes.count) }
      chunk.header += bytes.count
      return SharedText(chunk: chunk, start: start, count: bytes.count)
    }
  }
}
