/// Finds who speaks a quotation that its own sentence does not attribute, from the words that
/// lead into it: the clause before a colon (`Tomasz Nowak put it simply: “…”`), or, for a
/// quotation that opens its sentence, the sentence right before it in the same paragraph when
/// that sentence quotes nothing (`Ruth Arden, the head of the trust, was blunt. “…”`). News sets
/// a quotation after the sentence that introduces its speaker; the speaker is that clause's
/// subject, when it names someone who can speak (not a place or a product). So is the subject of
/// the clause that quoted words in the first person run on inside.
struct LeadSpeaker {
  let tagged: TaggedText
  let actors: DocumentActors
  let quotes: QuoteScan
  /// The reader of speaker phrases, made once per document.
  let phrase: SpeakerPhrase

  /// The attribution the lead-in of `region` gives, if any.
  func attribution(of region: QuotedRegion) -> Attribution? {
    guard let clause = leadClause(of: region) ?? firstPersonClause(of: region) else { return nil }
    // The first verb with a subject phrase before it: a relative clause's (`who leads the union`) has none.
    for verb in clause where tagged.isFiniteVerb(verb) {
      guard let subject = phrase.subject(before: verb, from: clause.lowerBound) else { continue }
      switch subject {
      case .mention(let index):
        let kind = actors.actors[actors.mentions[index].actor].kind
        return [.place, .product].contains(kind) ? nil : Attribution(speaker: subject, cue: clause)
      case .pronoun: return Attribution(speaker: subject, cue: clause)
      case .role, .unnamed: return nil
      }
    }
    return nil
  }

  /// The clause before a colon that opens `region`, or the sentence before the one `region` opens.
  private func leadClause(of region: QuotedRegion) -> Range<Int>? {
    let index = Int(tagged.sentenceOf[region.open])
    let sentence = tagged.sentences[index].tokens
    let clause: Range<Int>
    if region.open > sentence.lowerBound, tagged.has(region.open - 1, .colon) {
      clause = sentence.lowerBound..<(region.open - 1)
    } else {
      guard region.open == sentence.lowerBound, index > 0 else { return nil }
      clause = tagged.sentences[index - 1].tokens
      guard !clause.isEmpty, paragraph(of: clause.lowerBound) == paragraph(of: region.open) else { return nil }
    }
    guard !clause.isEmpty, !clause.contains(where: quotes.isQuoted) else { return nil }
    return clause
  }

  /// The words of the sentence before `region` when the quoted words run on inside it in the
  /// first person (`Dan Osei blamed higher bills and “the warmest autumn we can remember”`):
  /// whatever the verb, they are its subject's own words.
  private func firstPersonClause(of region: QuotedRegion) -> Range<Int>? {
    let sentence = tagged.sentences[Int(tagged.sentenceOf[region.open])].tokens
    guard region.open > sentence.lowerBound, tagged.isLowercaseWord(region.open + 1),
      region.inner.contains(where: { tagged.isFirstPerson($0, plural: true) })
    else { return nil }
    let start = (sentence.lowerBound..<region.open).last(where: quotes.isQuoted).map { $0 + 1 } ?? sentence.lowerBound
    return start < region.open ? start..<region.open : nil
  }

  private func paragraph(of token: Int) -> Int { tagged.span(tokens: token..<(token + 1)).paragraph }
}
