/// The reference an opening adverbial makes with a common noun to an event told before.
extension EventMentionFinder {
  /// A reference to an event told before by the definite common noun that an opening adverbial
  /// places the clause after (`After the decision,`, `Following the ruling,`). The noun names no
  /// event by the lexicon, but may name one the text told: by its stem (`the ruling` for
  /// `ruled`), or as what a verb of deciding did (`the decision` for `ruled that`);
  /// `EventAccumulator` looks for that event and drops the reference when there is none.
  func openingReference(in segment: Segment, reader: TriggerReader) -> EventMention? {
    let first = segment.tokens.lowerBound
    guard tagged.isSentenceInitial(first), tagged.isWord(first, "after") || tagged.isWord(first, "following"),
      tagged.isWord(first + 1, "the") || tagged.isWord(first + 1, "this")
    else { return nil }
    var noun = first + 2
    while segment.tokens.contains(noun + 1), tagged.upos(noun + 1) == .noun, tagged.isLowercaseWord(noun + 1) { noun += 1 }
    guard segment.tokens.contains(noun), tagged.upos(noun) == .noun, tagged.isLowercaseWord(noun),
      !tagged.has(noun, .triggerNoun), tagged.timeOf[noun] < 0
    else { return nil }
    return EventMention(
      origin: .reference, kind: .other, date: nil, tokens: (first + 1)..<(noun + 1), trigger: noun,
      isPlural: reader.isPlural(noun), summary: nil, actors: [])
  }
}
