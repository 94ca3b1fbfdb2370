/// How the actor merger files names: their keys' hash values, last words and word counts.
extension ActorMerger {
  /// How the number of words of an actor's name is kept.
  typealias WordCount = UInt8

  /// A number of words as `wordCountOf` keeps it: `WordCount.max` for that many or more.
  static func stored(wordCount: Int) -> WordCount {
    WordCount(min(wordCount, Int(WordCount.max)))
  }

  /// An actor id as `otherKeysOf` files it.
  static func slot(_ id: Int) -> Int32 {
    Int32(truncatingIfNeeded: id)
  }

  /// What a key is filed under: its hash value cut to 32 bits (a dictionary entry of 8 bytes with
  /// the 32-bit id, not 16). More keys share one than share a whole hash value, and every actor
  /// found under one is checked against the key all the same.
  typealias NameHash = UInt32

  /// How many words of a name `byLastWord` tells apart: names of more are filed together.
  static let filedWordCounts = 6

  /// What `byLastWord` files a name under: the last word of its key and its number of words, or
  /// `filedWordCounts` for that many or more, hashed and cut to 32 bits.
  static func hash(lastWord: Substring, count: Int) -> NameHash {
    var hasher = Hasher()
    hasher.combine(lastWord)
    hasher.combine(min(count, filedWordCounts))
    return NameHash(truncatingIfNeeded: hasher.finalize())
  }

  /// The hash value of a key, cut to 32 bits: equal keys (as strings compare, canonically) have
  /// equal ones.
  static func hash(_ key: String) -> NameHash {
    NameHash(truncatingIfNeeded: key.hashValue)
  }

  /// Whether a key holds a space character; keys in ASCII are answered from their bytes, without
  /// Foundation's search.
  func hasSpace(_ key: String) -> Bool {
    var key = key
    let answer = key.withUTF8 { bytes -> Bool? in
      guard bytes.contains(0x20) else { return false }
      return bytes.allSatisfy { $0 < 0x80 } ? true : nil
    }
    return answer ?? key.contains(" ")
  }

  /// Whether two kinds may be one actor's: the same, or one of them not known.
  func compatible(_ left: Actor.Kind, _ right: Actor.Kind) -> Bool {
    left == right || left == .unknown || right == .unknown
  }
}
