/// The whole noun phrase that is a clause's subject, and the clauses set off between it and its verb.
extension EventSummarizer {
  /// The noun phrase the relative clause `segment` is about; for `who` after an apposition, the
  /// person it sets off (`Anton Berg, the chief executive of Vessel Bank, who …`), for a verb of
  /// a happening its event noun (`the strike at the mine, which lasted …`). One set between the subject and the
  /// main verb (`The fire in Alvor, | which started on Sunday, | has destroyed …`) is about the
  /// whole subject, not the name in its prepositional phrase: `The fire in Alvor started on Sunday`.
  func relativeAntecedent(of segment: Segment, previous: Segment?, next: Segment?) -> String? {
    guard let tokens = antecedentTokens(before: segment.tokens.lowerBound, previous: previous) else { return nil }
    if let head = tagged.isWord(segment.tokens.lowerBound, "who")
      ? appositionHead(of: tokens)
      : happeningHead(of: tokens, relative: segment) ?? holdingPhrase(of: tokens, relative: segment, previous: previous)
    {
      return tagged.string(tokens: head)
    }
    guard let previous, !previous.tokens.contains(where: { tagged.isFiniteVerb($0) }), let next,
      tagged.has(segment.tokens.upperBound, .comma), startsWithVerb(next.tokens.lowerBound)
    else {
      return tagged.string(tokens: tokens)
    }
    let head = headPhrase(of: tokens)
    let whole = head.lowerBound >= previous.tokens.lowerBound && !disagrees(segment, withHeadOf: head, before: tokens)
      && !isPersonBeforeWhich(segment, before: tokens)
    return tagged.string(tokens: whole ? head : tokens)
  }

  /// Whether the relative clause `segment` opens with `which` after a phrase whose head names
  /// people by what they do (`Workers at the plant, | which opened in 1990, | walked out`):
  /// `which` is never a person, so the clause is about the noun phrase `inner` after the
  /// preposition.
  private func isPersonBeforeWhich(_ segment: Segment, before inner: Range<Int>) -> Bool {
    let noun = inner.lowerBound - 2
    guard tagged.isWord(segment.tokens.lowerBound, "which"), noun >= 0, tagged.upos(noun) == .noun else { return false }
    return PersonWords.occupations.contains(Substring(tagged.lemma(noun).lowercased()))
  }

  /// Whether the verb of the relative clause `segment` agrees in number with the name in the
  /// prepositional phrase `inner` and not with the head noun of `phrase` (`Shares in Corvel
  /// Systems, | which supplies …`): the clause is about the name.
  func disagrees(_ segment: Segment, withHeadOf phrase: Range<Int>, before inner: Range<Int>) -> Bool {
    let noun = inner.lowerBound - 2
    guard noun >= phrase.lowerBound, [.noun, .propn].contains(tagged.upos(noun)),
      let verb = segment.tokens.first(where: { [.verb, .aux].contains(tagged.upos($0)) })
    else { return false }
    let singularVerb =
      tagged.isWord(verb, "is") || tagged.isWord(verb, "was") || tagged.isWord(verb, "has")
      || tagged.upos(verb) == .verb && tagged.endsWith(verb, "s") && !tagged.endsWith(verb, "ss")
    let pluralVerb = tagged.isWord(verb, "are") || tagged.isWord(verb, "were") || tagged.isWord(verb, "have")
    let pluralHead = tagged.isPluralNoun(noun)
    return singularVerb && pluralHead || pluralVerb && !pluralHead && tagged.isPluralPhrase(inner)
  }

  /// The noun phrase that opens its sentence and ends with `phrase` after a preposition: `The
  /// fire in Alvor` for `Alvor`, `The mayor of Lisbon` for `Lisbon`, `A statement on Apple’s
  /// website` for `Apple`; `phrase` itself when it is no such phrase's last part. A phrase with a verb, or one that opens with a preposition (`In
  /// Alvor`), is none.
  func headPhrase(of phrase: Range<Int>) -> Range<Int> {
    let sentence = tagged.sentences[Int(tagged.sentenceOf[phrase.lowerBound])].tokens.lowerBound
    guard phrase.lowerBound - 2 >= sentence, tagged.upos(phrase.lowerBound - 1) == .adp,
      !tagged.isWord(phrase.lowerBound - 1, "by")
    else { return phrase }
    var first = phrase.lowerBound - 1
    while first > sentence, Self.phraseWords.contains(tagged.upos(first - 1)) || tagged.isWord(first - 1, "s") {
      first -= 1
    }
    guard first == sentence, [.det, .noun, .propn, .adj, .num].contains(tagged.upos(first)),
      (first..<(phrase.lowerBound - 1)).contains(where: { [.noun, .propn].contains(tagged.upos($0)) }),
      !(first..<phrase.lowerBound).contains(where: { tagged.has($0, WordFlags.segmentBreak) })
    else { return phrase }
    // A name that owns the noun after it goes with that noun: `A statement on Apple’s website`.
    var end = phrase.upperBound
    if tagged.isPossessive(after: end) {
      var next = end + 2
      while next < tagged.tokens.count, tagged.sentenceOf[next] == tagged.sentenceOf[end],
        [.noun, .propn, .adj].contains(tagged.upos(next))
      {
        next += 1
      }
      if next > end + 2 { end = next }
    }
    return first..<end
  }

  /// The parts of speech of the words of a noun phrase and the prepositional phrases inside it.
  private static let phraseWords: Set<UPOS> = [.det, .noun, .propn, .adj, .num, .adp]

  /// Whether the words in `range`, between a subject and its verb, are a clause or participle
  /// set off by a comma that tells a time of its own (`, which started on Sunday,`, `, opened in
  /// 1932,`): a summary tells one dated event, so the subject is brought in front of its verb
  /// without them.
  func setsOffOtherTime(_ range: Range<Int>) -> Bool {
    guard let first = range.first, tagged.has(first, .comma) else { return false }
    return range.contains { [.verb, .aux].contains(tagged.upos($0)) } && range.contains { tagged.timeOf[$0] >= 0 }
  }
}
