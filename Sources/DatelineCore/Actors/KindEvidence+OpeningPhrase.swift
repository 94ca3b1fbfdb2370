/// Names inside a phrase that opens a sentence before its subject, and after a word that opens it.
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

  /// Whether the word right before the name at `start` is capitalized and opens the name's own
  /// sentence, where a descriptor is split off the name (`Carmaker Norbridge`); a heading of one
  /// word on the line above (`News`) is a sentence of its own and describes no one.
  func opensSentenceOfName(_ start: Int) -> Bool {
    start >= 1 && tagged.isCapitalizedWord(start - 1) && tagged.isSentenceInitial(start - 1)
      && tagged.sentenceOf[start - 1] == tagged.sentenceOf[start]
  }
}
