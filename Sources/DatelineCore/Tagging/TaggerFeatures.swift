/// The feature templates of the tagger: which facts about a word, its neighbours and the two tags
/// before it are weighed. Training and tagging both go through `extract`, so they always agree.
enum TaggerFeatures {
  /// The most features one word can have.
  static let maximum = 32
  /// Words of padding kept on each side of a sequence of `WordKeys`.
  static let padding = 2
  /// The tag number that stands for "no tag" before the first word.
  static let startTag: UInt8 = UInt8(UPOS.count)

  static let before = WordKeys.padding(0x5354_4152_5400)
  static let after = WordKeys.padding(0x454E_4400)

  /// Writes the keys of the features that depend only on the two tags before a word, with the
  /// bias, which every word has, into `out` and returns how many there are: the same for every
  /// word with those tags, so the tagger sums their weights once per model (`TagContextScores`).
  @inline(__always)
  static func tagFeatures(previous: UInt8, beforePrevious: UInt8, into out: UnsafeMutablePointer<UInt32>) -> Int {
    let tag1 = UInt64(previous)
    let tag2 = UInt64(beforePrevious)
    out[0] = FeatureHash.key(0, 0)
    out[1] = FeatureHash.key(11, tag1)
    out[2] = FeatureHash.key(12, tag2)
    out[3] = FeatureHash.key(13, tag1, tag2)
    return 4
  }

  /// Writes the keys of all features of the word at `index` (an index into `keys`, which holds
  /// `padding` extra words at each end) into `out` and returns how many there are.
  @inline(__always)
  static func extract(
    _ keys: UnsafePointer<WordKeys>, at index: Int, previous: UInt8, beforePrevious: UInt8,
    into out: UnsafeMutablePointer<UInt32>
  ) -> Int {
    let count = tagFeatures(previous: previous, beforePrevious: beforePrevious, into: out)
    return count + wordFeatures(keys, at: index, previous: previous, into: out + count)
  }

  /// Writes the keys of the features of the word at `index` that are not `tagFeatures` into `out`
  /// and returns how many there are.
  @inline(__always)
  static func wordFeatures(
    _ keys: UnsafePointer<WordKeys>, at index: Int, previous: UInt8, into out: UnsafeMutablePointer<UInt32>
  ) -> Int {
    let word = keys[index]
    let last = keys[index - 1]
    let next = keys[index + 1]
    let tag1 = UInt64(previous)
    out[0] = FeatureHash.key(1, word.lower)
    out[1] = FeatureHash.key(2, word.exact)
    out[2] = FeatureHash.key(3, word.suffix1)
    out[3] = FeatureHash.key(4, word.suffix2)
    out[4] = FeatureHash.key(5, word.suffix3)
    out[5] = FeatureHash.key(6, word.suffix4)
    out[6] = FeatureHash.key(7, word.prefix1)
    out[7] = FeatureHash.key(8, word.prefix2)
    out[8] = FeatureHash.key(9, word.prefix3)
    out[9] = FeatureHash.key(10, word.shape)
    out[10] = FeatureHash.key(14, tag1, word.lower)
    out[11] = FeatureHash.key(15, last.lower)
    out[12] = FeatureHash.key(16, last.suffix3)
    out[13] = FeatureHash.key(17, keys[index - 2].lower)
    out[14] = FeatureHash.key(18, next.lower)
    out[15] = FeatureHash.key(19, next.suffix3)
    out[16] = FeatureHash.key(20, keys[index + 2].lower)
    out[17] = FeatureHash.key(21, next.shape)
    out[18] = FeatureHash.key(22, last.lower, word.lower)
    out[19] = FeatureHash.key(23, word.lower, next.lower)
    out[20] = FeatureHash.key(24, tag1, next.lower)
    out[21] = FeatureHash.key(25, last.shape, word.shape)
    out[22] = FeatureHash.key(26, word.ambiguity)
    out[23] = FeatureHash.key(27, next.ambiguity)
    out[24] = FeatureHash.key(28, keys[index + 2].ambiguity)
    out[25] = FeatureHash.key(29, tag1, word.ambiguity)
    out[26] = FeatureHash.key(30, word.ambiguity, next.ambiguity)
    return 27
  }
}
