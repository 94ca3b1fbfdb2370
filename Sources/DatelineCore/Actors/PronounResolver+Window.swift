/// How far back a pronoun's antecedents are read.
extension PronounResolver {
  /// How many tokens back from a pronoun its antecedents are read at most, however few sentences
  /// that is: four news sentences are rarely 200 tokens, but one sentence of thousands of clauses
  /// (`he met Ann Lee, and he met …`) made every pronoun in it read every name before it.
  static let tokenReach = 400

  /// The first token whose names a pronoun at `pronoun` may stand for: the start of the sentence
  /// `sentences` before its own, but no more than `tokenReach` tokens before it (`scale` times
  /// that, for a reach of many sentences).
  func antecedentStart(before pronoun: Int, sentences: Int = reach, scale: Int = 1) -> Int {
    let sentence = Int(tagged.sentenceOf[pronoun])
    return max(tagged.sentences[max(0, sentence - sentences)].tokens.lowerBound, pronoun - Self.tokenReach * scale)
  }
}
