extension IndirectSpeechFinder {
  /// `CLAUSE, SUBJECT said (ADVERBIALS).` or `CLAUSE, said SUBJECT.`: a report set after what it
  /// reports (`Six bridges will reopen on Monday, the company said.`, `The plant will close in
  /// May, said Ruth Ashby.`). The speech verb is the sentence's last finite verb, its subject
  /// phrase (or the phrase after it) fills the words between it and the comma before them, and a
  /// clause with a finite verb of its own stands before that comma; what follows the verb is no
  /// clause (`said on Sunday`, `told reporters`). A conjunction or preposition after the comma
  /// opens a clause or phrase of its own (`…, but Nippers replies in ill-tempered ones`).
  func trailing(_ range: Range<Int>) -> Reported? {
    guard let verb = range.last(where: tagged.isFiniteVerb), tagged.has(verb, .speechVerb),
      let comma = (range.lowerBound..<verb).last(where: { tagged.has($0, .comma) }),
      ![.cconj, .sconj, .adp].contains(tagged.upos(comma + 1)),
      (range.lowerBound..<comma).contains(where: { tagged.isFiniteVerb($0) && !tagged.has($0, .speechVerb) }),
      !((comma + 1)..<verb).contains(where: { tagged.has($0, [.semicolon, .colon, .dash]) || tagged.isWord($0, "that") })
    else { return nil }
    let content = trimmedEnd(range.lowerBound..<comma)
    let cue = trimmedEnd((comma + 1)..<range.upperBound)
    guard !content.isEmpty, !cue.isEmpty else { return nil }
    if verb == comma + 1 {
      let end = phrase.phraseEnd(from: verb + 1, end: cue.upperBound)
      return actor(of: phrase.inverted(after: verb, end: end)).map { Reported(tokens: content, speaker: $0, cue: cue) }
    }
    let opening = phrase.phraseStart(endingAt: verb, from: comma + 1)
    // A person's `his` or `her` opens the phrase it owns: `…, his lawyer said.`
    let isOwned = opening == comma + 2 && (tagged.isWord(comma + 1, "his") || tagged.isWord(comma + 1, "her"))
    guard opening == comma + 1 || isOwned || verb == comma + 2 && phrase.isSubjectPronoun(comma + 1),
      let speaker = phraseSubject(before: verb, from: comma + 1)
    else { return nil }
    return Reported(tokens: content, speaker: speaker.actor, cue: cue)
  }

  /// The actor a speaker read after a verb names: a name (or the organization `the agency`
  /// stands for), `he` or `she` resolved, or a role.
  func actor(of speaker: Attribution.Speaker?) -> Int? {
    switch speaker {
    case .mention(let index): return actors.mentions[index].actor
    case .pronoun(let token) where !tagged.isWord(token, "they"): return pronouns.person(before: token)
    case .role(let tokens, let head): return roles.actor(for: tokens, head: head)
    case .pronoun, .unnamed, nil: return nil
    }
  }
}
