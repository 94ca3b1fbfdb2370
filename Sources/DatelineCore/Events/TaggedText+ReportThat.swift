/// The `that` of a report: what a speech verb a few words before it says, past its listener or
/// a phrase of where or how it was said. Read by the segment splitter, which cuts the clause there,
/// and by the summarizer, which tells the report with what it says.
extension TaggedText {
  /// How many words a listener or a place may take between a speech verb and its `that`.
  static let reportThatReach = 6

  /// Whether `that` at `index` opens what a speech verb a few words before says, past its
  /// listener or a prepositional phrase, with a participle after its noun (`told reporters
  /// outside parliament that`, `said in a statement that`, `said in a letter posted on social
  /// media that`); not a relative clause after the object of `said` (`said the report that`) or
  /// after a topic (`told of the comet that`).
  func isThatOfReport(_ index: Int) -> Bool {
    var word = index - 1
    var reach = Self.reportThatReach
    while word > max(0, index - 1 - reach) {
      // A participle and the preposition after it take no room of the phrase's own.
      if isPhraseParticiple(word) {
        reach += 2
      } else if ![.det, .noun, .propn, .adj, .num, .adp, .pron].contains(upos(word)) {
        break
      }
      word -= 1
    }
    guard word < index - 1, upos(word) == .verb, has(word, .speechVerb) else { return false }
    // A topic (`told of the comet that`, `comment on the issues that`) may have a relative clause.
    guard upos(word + 1) == .adp else { return SegmentSplitter.listenerVerbs.contains(lemma(word)) }
    return !isWord(word + 1, "of") && !isWord(word + 1, "about") && !isWord(word + 1, "on")
  }

  /// Whether the word at `index` is a past participle after the noun of a prepositional phrase,
  /// which describes it inside the phrase between a speech verb and its `that` (`said in a letter
  /// posted on social media that`); not the speech verb after its subject (`The mayor said`).
  private func isPhraseParticiple(_ index: Int) -> Bool {
    guard isParticipleAfterNoun(index) else { return false }
    var word = index - 1
    while word > 0, [.det, .adj, .noun, .num].contains(upos(word)) { word -= 1 }
    return upos(word) == .adp
  }

  /// Whether the word at `index` is a past participle in lower case right after a noun, which
  /// describes that noun (`a letter posted …`, `an email sent …`).
  func isParticipleAfterNoun(_ index: Int) -> Bool {
    upos(index) == .verb && upos(index - 1) == .noun && isLowercaseWord(index)
      && (endsWith(index, "ed") || endsWith(index, "en") || has(index, .pastVerb))
  }
}
