/// The idiom `take place`, whose noun the tagger reads as a verb and whose subject's last word as
/// an adjective.
extension FiniteVerbRepair {
  /// Tags `place` after a form of `take` as the noun it is (`The festival took place`: not two
  /// verbs, the second in the present), and a lower-case adjective right before the form of
  /// `take` after a determiner, noun or adjective as the noun that ends its subject (`The harbour
  /// fair took place`: `fair` is the fair, and `took` the clause's verb).
  func repairTakePlace(
    _ words: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], tags: inout [UPOS],
    lemmas: inout [UInt16]
  ) {
    for index in words.dropFirst() {
      let take = index - 1
      guard FeatureHash.bytes(bytes, Int(starts[index])..<Int(ends[index]), lower: true) == Self.place,
        tags[take] == .verb, Self.takeForms.contains(FeatureHash.bytes(bytes, Int(starts[take])..<Int(ends[take]), lower: true))
      else { continue }
      if tags[index] != .noun { retag(index, as: .noun, bytes, starts: starts, ends: ends, tags: &tags, lemmas: &lemmas) }
      let subject = take - 1
      guard subject > words.lowerBound, tags[subject] == .adj, [.det, .noun, .propn, .adj].contains(tags[subject - 1]),
        bytes[Int(starts[subject])] >= UInt8(ascii: "a"), bytes[Int(starts[subject])] <= UInt8(ascii: "z")
      else { continue }
      retag(subject, as: .noun, bytes, starts: starts, ends: ends, tags: &tags, lemmas: &lemmas)
    }
  }

  /// Tags word `index` as `tag`, with the lemma the tag gives it.
  func retag(
    _ index: Int, as tag: UPOS, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], tags: inout [UPOS],
    lemmas: inout [UInt16]
  ) {
    let range = Int(starts[index])..<Int(ends[index])
    tags[index] = tag
    lemmas[index] = lemmatizer.rule(bytes, range, lowered: FeatureHash.bytes(bytes, range, lower: true), tag: tag)
  }

  /// The hash of the lower-cased `place`.
  private static let place = hash("place")

  /// The hashes of the lower-cased forms of `take`.
  private static let takeForms: Set<UInt64> = Set(["take", "takes", "took", "taken", "taking"].map(hash))
}
