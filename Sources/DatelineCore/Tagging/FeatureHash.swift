/// The 64-bit hashes behind the tagger's features and lemma tables: FNV-1a over bytes, and a
/// mixer that folds a template number and values into one 32-bit feature key.
enum FeatureHash {
  static let offset: UInt64 = 0xCBF2_9CE4_8422_2325
  static let prime: UInt64 = 0x100_0000_01B3

  @inline(__always) static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* prime
  }

  /// The hash of `bytes[range]`, ASCII letters lower-cased when `lower` is set.
  @inline(__always)
  static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lower: Bool) -> UInt64 {
    var hash = offset
    for index in range { hash = step(hash, lower ? bytes[index].asciiLowercased : bytes[index]) }
    return hash
  }

  /// The splitmix64 finalizer: spreads every input bit over the output.
  @inline(__always) static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A nonzero 32-bit key for template `template` with values `a` and `b`.
  @inline(__always)
  static func key(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0) -> UInt32 {
    var hashed = (a ^ template &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
    hashed = (hashed ^ hashed >> 31 ^ b) &* 0x94D0_49BB_1331_11EB
    let key = UInt32(truncatingIfNeeded: hashed >> 32)
    return key == 0 ? 1 : key
  }
}
