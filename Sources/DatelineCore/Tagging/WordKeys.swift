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

  /// The keys of the word `text[range]`, from one pass over its bytes plus its last four.
  init(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    let start = range.lowerBound
    let end = range.upperBound
    var exact = FeatureHash.offset
    var lower = FeatureHash.offset
    var shape = FeatureHash.offset
    var prefixes = (FeatureHash.offset, FeatureHash.offset, FeatureHash.offset)
    var last: UInt8 = 0
    var run = 0
    for index in range {
      let byte = text[index]
      exact = FeatureHash.step(exact, byte)
      lower = FeatureHash.step(lower, byte.asciiLowercased)
      switch index - start {
      case 0: prefixes = (exact, exact, exact)
      case 1: prefixes.1 = exact; prefixes.2 = exact
      case 2: prefixes.2 = exact
      default: break
      }
      let cls = Self.shapeClass(byte)
      run = cls == last ? run + 1 : 1
      last = cls
      if run <= 2 { shape = FeatureHash.step(shape, cls) }
    }
    var suffixes = (FeatureHash.offset, FeatureHash.offset, FeatureHash.offset, FeatureHash.offset)
    for length in 1...4 where length <= range.count {
      var hash = FeatureHash.offset
      for index in (end - length)..<end { hash = FeatureHash.step(hash, text[index].asciiLowercased) }
      switch length {
      case 1: suffixes.0 = hash
      case 2: suffixes.1 = hash
      case 3: suffixes.2 = hash
      default: suffixes.3 = hash
      }
    }
    if range.count < 4 { suffixes.3 = range.count == 3 ? suffixes.2 : range.count == 2 ? suffixes.1 : suffixes.0 }
    if range.count < 3 { suffixes.2 = range.count == 2 ? suffixes.1 : suffixes.0 }
    if range.count < 2 { suffixes.1 = suffixes.0 }
    self.init(
      exact: exact, lower: lower, prefix1: prefixes.0, prefix2: prefixes.1, prefix3: prefixes.2,
      suffix1: suffixes.0, suffix2: suffixes.1, suffix3: suffixes.2, suffix4: suffixes.3, shape: shape)
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
  @inline(__always)
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
