/// The subject `it` or `they` of a clause that a subordinator opens after its main clause (`The
/// bank raised rates in August, when it lifted them …`), told with the one noun phrase before it
/// in its sentence that it can stand for.
extension EventSummarizer {
  /// The one noun phrase before the subordinate clause of the subject pronoun at `pronoun`, in
  /// its sentence and outside quotations (`isQuoted`), that the pronoun agrees with (`The bank`
  /// for `it`, past `rates` and `August`; `Quantel` in `Shares in chipmaker Quantel rose 11%
  /// after it …`): the name an actor mention gives its head, else the noun phrase from its
  /// determiner. Nil when none or several agree, when one names a person, or when an object
  /// pronoun of the same form stands between (`sold it after it`): the pronoun is then unsure.
  func soleAntecedent(ofSubordinate pronoun: Int, isQuoted: (Int) -> Bool) -> Range<Int>? {
    let plural = tagged.isWord(pronoun, "they")
    guard plural || tagged.isWord(pronoun, "it") else { return nil }
    let start = tagged.sentences[Int(tagged.sentenceOf[pronoun])].tokens.lowerBound
    var found: Range<Int>?
    var index = start
    while index < pronoun - 1 {
      guard isPhraseNoun(index), !isQuoted(index) else {
        if tagged.isWord(index, plural ? "them" : "it") { return nil }
        index += 1
        continue
      }
      var end = index + 1
      while end < pronoun - 1, isPhraseNoun(end) { end += 1 }
      var first = index
      while first > start, [.det, .adj].contains(tagged.upos(first - 1)), tagged.timeOf[first - 1] < 0 { first -= 1 }
      var phrase = first..<end
      switch agreement(of: phrase, plural: plural, named: false) {
      case .blocks: return nil
      case .disagrees: break
      case .agrees:
        guard found == nil else { return nil }
        if let mention = actors.mentions(in: phrase).last(where: { $0.tokens.contains(end - 1) }) {
          phrase = mention.tokens
        }
        found = phrase
      }
      index = end
    }
    return found
  }

  /// Whether the token at `index` is a noun or name outside any time expression.
  private func isPhraseNoun(_ index: Int) -> Bool {
    [.noun, .propn].contains(tagged.upos(index)) && tagged.timeOf[index] < 0
  }
}
