/// A piece of text in 16 bytes, like a `String`, but sharing its storage: up to 7 bytes of UTF-8
/// inline, longer text as a range of a chunk of bytes that many texts share (`TextPool`), or of
/// bytes held elsewhere too (`SharedBytes`: the text of the document a name or summary is copied
/// from), so that the names and summaries of a long timeline take their bytes, or none, and not a
/// string allocation each (about 48 bytes more than the text).
struct SharedText: Hashable, @unchecked Sendable {
  // A chunk is written only past the ranges already handed out, and by one owner: a text reads
  // bytes that are never written again.
  /// The bytes of a chunk, its header the number of bytes written.
  typealias Chunk = ManagedBuffer<Int, UInt8>

  static let inlineCapacity = 7

  /// The `Chunk` or the `SharedBytes` holding the text, or nil for inline text: one reference, so
  /// that its pointer is stored as it is.
  let storage: AnyObject?
  /// With storage, the start in its low 32 bits and the count in its high 32; without, the bytes
  /// from the lowest and the count in the highest byte.
  private let bits: UInt64

  /// `string`, inline when it is short enough, else in a chunk of its own.
  init(_ string: String) {
    var string = string
    self = string.withUTF8 { bytes in
      if let inline = Self(inline: bytes) { return inline }
      let chunk = Chunk.create(minimumCapacity: bytes.count) { _ in bytes.count }
      chunk.withUnsafeMutablePointerToElements { $0.initialize(from: bytes.baseAddress!, count: bytes.count) }
      return Self(chunk: chunk, start: 0, count: bytes.count)
    }
  }

  /// `bytes` inline, or nil when they are too many.
  init?(inline bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count <= Self.inlineCapacity else { return nil }
    var bits = UInt64(bytes.count) << 56
    for (position, byte) in bytes.enumerated() { bits |= UInt64(byte) << (8 * position) }
    storage = nil
    self.bits = bits
  }

  /// The `count` bytes of `chunk` from `start`.
  init(chunk: Chunk, start: Int, count: Int) {
    self.init(storage: chunk, start: start, count: count)
  }

  /// The `count` bytes of `bytes` from `start` (below 2^32).
  init(bytes: SharedBytes, start: Int, count: Int) {
    self.init(storage: bytes, start: start, count: count)
  }

  private init(storage: AnyObject, start: Int, count: Int) {
    self.storage = storage
    bits = UInt64(UInt32(truncatingIfNeeded: start)) | UInt64(UInt32(truncatingIfNeeded: count)) << 32
  }

  /// The number of UTF-8 bytes.
  var count: Int { storage == nil ? Int(bits >> 56) : Int(bits >> 32) }

  /// Calls `body` with the UTF-8 bytes.
  func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    let count = count
    if let storage {
      let start = Int(bits & 0xFFFF_FFFF)
      if type(of: storage) == Chunk.self {
        return unsafeDowncast(storage, to: Chunk.self).withUnsafeMutablePointerToElements {
          body(UnsafeBufferPointer(start: $0 + start, count: count))
        }
      }
      return unsafeDowncast(storage, to: SharedBytes.self).bytes.withUnsafeBufferPointer {
        body(UnsafeBufferPointer(rebasing: $0[start..<start + count]))
      }
    }
    return withUnsafeBytes(of: bits) { raw in
      body(UnsafeBufferPointer(rebasing: raw.assumingMemoryBound(to: UInt8.self)[..<count]))
    }
  }

  /// The text.
  var string: String { withUTF8 { String(decoding: $0, as: UTF8.self) } }

  /// Whether both are the same text, as strings compare.
  static func == (left: SharedText, right: SharedText) -> Bool {
    left.string == right.string
  }

  /// Hashes the text as a string does.
  func hash(into hasher: inout Hasher) {
    hasher.combine(string)
  }
}

/// Bytes that texts may be ranges of (`SharedText`) without a copy of their own: an array that
/// something else holds too, as a document holds its text. Never changed once made.
final class SharedBytes: Sendable {
  /// The bytes.
  let bytes: [UInt8]

  /// `bytes`, shared with whatever else holds the array.
  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }
}
