/// Picks the `LemmaRule` of a tagged word: first the exceptions learned for the word and tag, then
/// the rule of the longest known ending of words with that tag.
public struct Lemmatizer: Sendable {
  /// The longest ending, in bytes, that rules are learned for.
  public static let longestSuffix = 6

  /// The rules, numbered; rule 0 keeps the word as it is.
  public let rules: [LemmaRule]
  /// How many bytes each rule drops, kept apart so lookups do not touch the rules' suffixes.
  private let strips: [Int]
  /// Rule numbers by (lower-cased word, tag).
  let exceptions: KeyTable
  /// Rule numbers by (lower-cased ending, its length, tag).
  let suffixes: KeyTable

  init(rules: [LemmaRule], exceptions: KeyTable, suffixes: KeyTable) {
    self.rules = rules
    self.strips = rules.map(\.strip)
    self.exceptions = exceptions
    self.suffixes = suffixes
  }

  /// The key of a whole lower-cased word with its tag.
  @inline(__always) static func exceptionKey(_ lowered: UInt64, _ tag: UPOS) -> UInt32 {
    FeatureHash.key(200 &+ UInt64(tag.rawValue), lowered)
  }

  /// The key of a lower-cased ending (hashed from its last byte backwards) of `length` bytes.
  @inline(__always) static func suffixKey(_ reversed: UInt64, length: Int, _ tag: UPOS) -> UInt32 {
    FeatureHash.key(300 &+ UInt64(tag.rawValue) &* 16 &+ UInt64(length), reversed)
  }

  /// The hashes of the lower-cased endings of `text[range]` of length 0…`longestSuffix`, each read
  /// from the last byte backwards.
  @inline(__always)
  static func reversedSuffixHashes(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt64] {
    var hashes = [FeatureHash.offset]
    var hash = FeatureHash.offset
    var index = range.upperBound
    while index > range.lowerBound && hashes.count <= longestSuffix {
      index -= 1
      hash = FeatureHash.step(hash, text[index].asciiLowercased)
      hashes.append(hash)
    }
    return hashes
  }

  /// The rule number for `text[range]` tagged `tag`, given the hash of the lower-cased word.
  @inline(__always)
  func rule(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowered: UInt64, tag: UPOS) -> UInt16 {
    if let rule = exceptions.value(Self.exceptionKey(lowered, tag)) { return UInt16(rule) }
    let length = range.count
    var hash = FeatureHash.offset
    var hashes: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0)
    let longest = min(length, Self.longestSuffix)
    withUnsafeMutableBytes(of: &hashes) { raw in
      let slots = raw.bindMemory(to: UInt64.self)
      slots[0] = hash
      for offset in 0..<longest {
        hash = FeatureHash.step(hash, text[range.upperBound - 1 - offset].asciiLowercased)
        slots[offset + 1] = hash
      }
    }
    return withUnsafeBytes(of: &hashes) { raw in
      let slots = raw.bindMemory(to: UInt64.self)
      var suffixLength = longest
      while suffixLength >= 0 {
        if let rule = suffixes.value(Self.suffixKey(slots[suffixLength], length: suffixLength, tag)),
          strips[Int(rule)] <= length
        {
          return UInt16(rule)
        }
        suffixLength -= 1
      }
      return 0
    }
  }
}
