import Synchronization

/// The context classes found around recent tokens once read (see `TaggedText.earlierContext`): a
/// word of many uses in a row is asked for its context by every later use within reach, and the
/// answer never changes. A ring of slots keyed by token, so that memory stays fixed.
final class SenseContextMemo: Sendable {
  /// How many tokens are remembered: more than `TaggedText.discourseReach`, a power of two.
  static let slots = 512
  private struct Ring {
    var tokens = [Int](repeating: -1, count: SenseContextMemo.slots)
    var classes = [UInt16](repeating: 0, count: SenseContextMemo.slots)
  }
  private let ring = Mutex(Ring())

  /// The classes remembered for the token at `index`, else `read()`'s, remembered; nil for none.
  func classes(at index: Int, read: () -> UInt16?) -> UInt16? {
    let slot = index & (Self.slots - 1)
    let known: UInt16? = ring.withLock { $0.tokens[slot] == index ? $0.classes[slot] : nil }
    let found = known ?? read() ?? 0
    if known == nil { ring.withLock { $0.tokens[slot] = index; $0.classes[slot] = found } }
    return found == 0 ? nil : found
  }
}
