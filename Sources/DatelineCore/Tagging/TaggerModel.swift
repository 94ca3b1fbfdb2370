/// A trained tagger: quantized perceptron weights by feature key, a dictionary of words that
/// always take one tag, and the lemmatizer.
public struct TaggerModel: Sendable {
  /// The weights of each feature for each tag.
  let weights: WeightTable
  /// `tag | lemmaRule << 8` by the key of a word as written, for frequent unambiguous words.
  let tagDictionary: KeyTable
  /// For each frequent word, by `ambiguityKey`: the tags it took in training (a bit per tag, bits
  /// 0–16) and a lemma hint: its most frequent tag (bits 27–31) and that tag's lemma rule (bits
  /// 17–26), so the lemmatizer is skipped when the tagger agrees.
  let ambiguity: KeyTable
  /// Picks lemma rules.
  public let lemmatizer: Lemmatizer

  init(weights: WeightTable, tagDictionary: KeyTable, ambiguity: KeyTable, lemmatizer: Lemmatizer) {
    self.ambiguity = ambiguity
    self.weights = weights
    self.tagDictionary = tagDictionary
    self.lemmatizer = lemmatizer
  }

  /// The number of weighted features.
  public var featureCount: Int { weights.count }
  /// The number of words in the tag dictionary.
  public var dictionaryCount: Int { tagDictionary.count }

  /// The hint that names no tag (for words the ambiguity table does not know).
  static let noHint: UInt32 = 0x1F << 10

  /// The key under which the ambiguity table stores a lower-cased word.
  @inline(__always) static func ambiguityKey(_ lowered: UInt64) -> UInt32 {
    FeatureHash.key(101, lowered)
  }

  /// The key under which the tag dictionary stores a word.
  @inline(__always) static func dictionaryKey(_ exact: UInt64) -> UInt32 {
    FeatureHash.key(100, exact)
  }
}
