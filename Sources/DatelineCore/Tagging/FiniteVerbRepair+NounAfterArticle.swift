/// A noun the tagger reads as an adverb between an article and the auxiliary of its clause.
extension FiniteVerbRepair {
  /// Tags a lower-case word read as an adverb right after `the`, `a` or `an` and right before an
  /// auxiliary as the noun that ends its subject (`said the forward had been his first choice`,
  /// `the back was injured`): an article opens a noun phrase, and an auxiliary does not go on one
  /// that has no noun.
  func repairNounsAfterArticles(
    _ words: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], tags: inout [UPOS],
    lemmas: inout [UInt16]
  ) {
    for index in words.dropFirst() where tags[index] == .adv && index + 1 < words.upperBound {
      let article = index - 1
      guard tags[article] == .det, tags[index + 1] == .aux,
        Self.articles.contains(FeatureHash.bytes(bytes, Int(starts[article])..<Int(ends[article]), lower: true)),
        bytes[Int(starts[index])] >= UInt8(ascii: "a"), bytes[Int(starts[index])] <= UInt8(ascii: "z")
      else { continue }
      retag(index, as: .noun, bytes, starts: starts, ends: ends, tags: &tags, lemmas: &lemmas)
    }
  }

  /// The hashes of the lower-cased articles.
  private static let articles: Set<UInt64> = Set(["the", "a", "an"].map(hash))
}
