/// A fixed number of flags, one bit each: for a yes or no a token over documents of millions of
/// tokens.
struct BitArray: Sendable, Hashable {
  private var words: [UInt64]
  /// The number of flags.
  let count: Int

  /// `count` flags, all clear.
  init(count: Int) {
    self.count = count
    words = [UInt64](repeating: 0, count: (count + 63) / 64)
  }

  /// Flag `index`, which must be below `count`.
  subscript(index: Int) -> Bool {
    @inline(__always) get { words[index >> 6] & (1 << UInt64(index & 63)) != 0 }
    set {
      if newValue { words[index >> 6] |= 1 << UInt64(index & 63) } else { words[index >> 6] &= ~(1 << UInt64(index & 63)) }
    }
  }
}
