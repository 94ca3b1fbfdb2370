/// The hashes of one word that the tagger's features combine: its bytes as written and
/// lower-cased, prefixes, suffixes and shape.
struct WordKeys {
  var exact: UInt64
  var lower: UInt64
  var prefix1: UInt64
  var prefix2: UInt64
  var prefix3: UInt64
  var suffix1: UInt64
  var suffix2: UInt64
  var suffix3: UInt64
  var suffix4: UInt64
  /// The hash of the word's shape: `Xxxx` for `Baghdad`, `dd,ddd` for `13,000`.
  var shape: UInt64
  /// The tags the word took in training (a bit per tag; 0 when rare or unseen), filled in by the
  /// tagger from its model.
  var ambiguity: UInt64 = 0
  /// The word's most frequent tag (bits 10–14) and its lemma rule (bits 0–9), or
  /// `TaggerModel.noHint`.
  var lemmaHint: UInt32 = TaggerModel.noHint

  /// The keys that stand for a position before the first or after the last word.
  static func padding(_ marker: UInt64) -> WordKeys {
    WordKeys(
      exact: marker, lower: marker, prefix1: marker, prefix2: marker, prefix3: marker,
      suffix1: marker, suffix2: marker, suffix3: marker, suffix4: marker, shape: marker)
  }

  /// For every byte value: its ASCII lower-case form (high byte) and its shape class (low byte),
  /// read by `init` through a pointer so the byte loop has no branches.
  static let byteClasses: [UInt16] = (0...255).map { value in
    let byte = UInt8(value)
    return UInt16(byte.asciiLowercased) << 8 | UInt16(shapeClass(byte))
  }

  /// The keys of the word `text[range]`: one pass over its bytes for the word as written,
  /// lower-cased and as a shape, then straight-line hashes of its first three and last four bytes.
  /// `classes` points to `byteClasses`.
  init(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, classes: UnsafePointer<UInt16>) {
    let count = range.count
    var exact = FeatureHash.offset
    var lower = FeatureHash.offset
    var shape = FeatureHash.offset
    guard count > 0, let start = text.baseAddress.map({ $0 + range.lowerBound }) else {
      self.init(
        exact: exact, lower: lower, prefix1: exact, prefix2: exact, prefix3: exact,
        suffix1: exact, suffix2: exact, suffix3: exact, suffix4: exact, shape: shape)
      return
    }
    var last: UInt8 = 0
    var run = 0
    for offset in 0..<count {
      let byte = start[offset]
      let both = classes[Int(byte)]
      let cls = UInt8(truncatingIfNeeded: both)
      exact = FeatureHash.step(exact, byte)
      lower = FeatureHash.step(lower, UInt8(truncatingIfNeeded: both >> 8))
      run = cls == last ? run &+ 1 : 1
      last = cls
      shape = run <= 2 ? FeatureHash.step(shape, cls) : shape
    }
    let prefix1 = FeatureHash.step(FeatureHash.offset, start[0])
    let prefix2 = count > 1 ? FeatureHash.step(prefix1, start[1]) : prefix1
    let prefix3 = count > 2 ? FeatureHash.step(prefix2, start[2]) : prefix2
    let end = start + count
    let suffix1 = Self.lowerHash(end - 1, 1, classes)
    let suffix2 = count > 1 ? Self.lowerHash(end - 2, 2, classes) : suffix1
    let suffix3 = count > 2 ? Self.lowerHash(end - 3, 3, classes) : suffix2
    let suffix4 = count > 3 ? Self.lowerHash(end - 4, 4, classes) : suffix3
    self.init(
      exact: exact, lower: lower, prefix1: prefix1, prefix2: prefix2, prefix3: prefix3,
      suffix1: suffix1, suffix2: suffix2, suffix3: suffix3, suffix4: suffix4, shape: shape)
  }

  /// The hash of the `count` bytes at `bytes`, ASCII letters lower-cased.
  @inline(__always)
  private static func lowerHash(_ bytes: UnsafePointer<UInt8>, _ count: Int, _ classes: UnsafePointer<UInt16>) -> UInt64 {
    var hash = FeatureHash.offset
    for offset in 0..<count {
      hash = FeatureHash.step(hash, UInt8(truncatingIfNeeded: classes[Int(bytes[offset])] >> 8))
    }
    return hash
  }

  private init(
    exact: UInt64, lower: UInt64, prefix1: UInt64, prefix2: UInt64, prefix3: UInt64,
    suffix1: UInt64, suffix2: UInt64, suffix3: UInt64, suffix4: UInt64, shape: UInt64
  ) {
    self.exact = exact
    self.lower = lower
    self.prefix1 = prefix1
    self.prefix2 = prefix2
    self.prefix3 = prefix3
    self.suffix1 = suffix1
    self.suffix2 = suffix2
    self.suffix3 = suffix3
    self.suffix4 = suffix4
    self.shape = shape
  }

  /// The shape class of a byte: upper `X`, lower `x`, digit `d`, non-ASCII `u`, others as they
  /// are. A class repeated more than twice in a row counts twice.
  private static func shapeClass(_ byte: UInt8) -> UInt8 {
    switch byte {
    case 0x41...0x5A: UInt8(ascii: "X")
    case 0x61...0x7A: UInt8(ascii: "x")
    case 0x30...0x39: UInt8(ascii: "d")
    case 0x80...: UInt8(ascii: "u")
    default: byte
    }
  }
}
