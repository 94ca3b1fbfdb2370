/// Names inside a phrase that opens a sentence before its subject.
extension KindEvidence {
  /// Whether the name at `start` stands after a preposition in a phrase that opens its sentence
  /// (`Born in Dunmore in 1940, he joined`, `In talks with Varga, she said`): the pronoun after
  /// that phrase is the subject of its own clause, not the name (`PronounResolver.namesStart`).
  func isInOpeningPhrase(_ start: Int) -> Bool {
    guard tagged.upos(start - 1) == .adp else { return false }
    let sentence = tagged.sentences[Int(tagged.sentenceOf[start])].tokens
    guard let comma = (start..<sentence.upperBound).first(where: { tagged.has($0, .comma) }),
      comma + 1 < sentence.upperBound, tagged.has(comma + 1, .personPronoun)
    else { return false }
    return PronounResolver.namesStart(sentence.lowerBound, pronoun: comma + 1, tagged).isEmpty
  }
}
