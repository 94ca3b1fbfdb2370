/// Where a name stands in its clause, which ranks it as what a pronoun stands for.
extension PronounResolver {
  /// Whether the name at `tokens` reads as the subject of its clause: it opens the sentence
  /// (`Dana Whitfield doubts`), alone or after a word that says what it names (`Supplier
  /// Tessel, which …`), or a verb follows it (`… that Dana Whitfield knew`).
  static func isSubject(_ tokens: Range<Int>, _ tagged: TaggedText) -> Bool {
    if tagged.isSentenceInitial(tokens.lowerBound) { return true }
    // After the common noun or adjective that opens the sentence and says what it names:
    // `Supplier Tessel, which sells seed, said …`, `Rival Pellion, …`.
    let opener = tokens.lowerBound - 1
    if tagged.isSentenceInitial(opener), tagged.isCapitalizedWord(opener),
      tagged.has(opener, [.kindNoun, .descriptor]) || [.noun, .adj].contains(tagged.usualTag(opener))
    {
      return true
    }
    let next = tokens.upperBound
    return next < tagged.tokens.count && tagged.tokens[next].kind == .word && [.verb, .aux].contains(tagged.upos(next))
  }
}
