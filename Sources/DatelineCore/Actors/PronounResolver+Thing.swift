/// What `It` and `its` stand for: the product, organization or group a sentence is about.
extension PronounResolver {
  /// The product, organization or group a sentence-initial `It` at token `pronoun` stands for:
  /// the first name of the sentence right before (a news paragraph may hold one sentence) that
  /// reads as a subject (`The Zap 4 was shown on Monday. It ships in June.`; `The newest phone,
  /// Zap 4 was shown …`; `The hospital trust, Grenfeld Health, had …`), or a place whose own body
  /// acts (`Tessaria's foreign ministry`); inside a sentence, the thing it opens with
  /// (`openingThing`). An `It` that only fills a subject's place (`It was announced that …`)
  /// stands for nothing.
  func thing(before pronoun: Int) -> Int? { thingMention(before: pronoun)?.actor }

  /// The mention of the thing an `It` or `its` at `pronoun` stands for (`thing(before:)`).
  func thingMention(before pronoun: Int) -> ActorMention? {
    let sentence = Int(tagged.sentenceOf[pronoun])
    guard !isPlaceholder(pronoun) else { return nil }
    if !tagged.isSentenceInitial(pronoun) { return openingThing(before: pronoun) }
    guard sentence > 0 else { return nil }
    let previous = tagged.sentences[sentence - 1]
    guard previous.paragraph >= tagged.sentences[sentence].paragraph - 1,
      let first = actors.mentions(in: previous.tokens).first(where: {
        isUsable($0) && (Self.isSubject($0.tokens, tagged) || isSubjectInApposition($0.tokens))
      })
    else {
      return nil
    }
    let kind = actors.actors[first.actor].kind
    if [.product, .organization, .group].contains(kind) { return first }
    return kind == .place && isOwnerOfBody(first.tokens) ? first : nil
  }

  /// Whether the name over `tokens` is set off by commas after the noun phrase opening its
  /// sentence, before the verb: `The hospital trust, Grenfeld Health, had accused …`, `A consumer
  /// group, Fair Pay Watch, said …`.
  private func isSubjectInApposition(_ tokens: Range<Int>) -> Bool {
    let comma = tokens.lowerBound - 1
    guard tagged.has(comma, .comma), tagged.has(tokens.upperBound, .comma),
      [.verb, .aux].contains(tagged.upos(tokens.upperBound + 1)), tagged.isLowercaseWord(tokens.upperBound + 1)
    else { return false }
    let start = tagged.sentences[Int(tagged.sentenceOf[comma])].tokens.lowerBound
    return comma > start && tagged.isBareNounPhrase(start..<comma, orNumber: false)
  }

  /// Whether the place over `tokens` owns a body of its own that acts for it, past a word or two
  /// that say which: `Tessaria's foreign ministry summoned the ambassador. It said …`.
  private func isOwnerOfBody(_ tokens: Range<Int>) -> Bool {
    guard tagged.isPossessive(after: tokens.upperBound) else { return false }
    let after = tokens.upperBound + 2
    return (after..<(after + 3)).contains { index in
      tagged.isLowercaseWord(index) && tagged.has(index, .kindNoun) && tagged.infos[index].actorKind == .organization
        && (after..<index).allSatisfy { tagged.isLowercaseWord($0) && [.adj, .noun].contains(tagged.upos($0)) }
    }
  }

  /// The product, organization or group an `it` or `its` inside its sentence stands for: the
  /// name the sentence opens with as its subject, when no other such name stands between
  /// (`Zappit, founded in Bengaluru, turned its first profit in June, when it earned …`). A name
  /// before it that is not the subject, or another thing named between, leaves it unsure.
  private func openingThing(before pronoun: Int) -> ActorMention? {
    let start = tagged.sentences[Int(tagged.sentenceOf[pronoun])].tokens.lowerBound
    let named = actors.mentions(in: start..<pronoun).filter(isUsable)
    let things: Set<Actor.Kind> = [.product, .organization, .group]
    guard let first = named.first, Self.isSubject(first.tokens, tagged),
      things.contains(actors.actors[first.actor].kind),
      named.allSatisfy({ $0.actor == first.actor || !things.contains(actors.actors[$0.actor].kind) }),
      !hasSubjectAfterComma(first.tokens.upperBound..<pronoun)
    else { return nil }
    return first
  }

  /// Whether a clause with a subject of its own opens after a comma in `range`: a noun phrase
  /// and its verb, a list of them too (`Though the FBI shut down that market, other outlets have
  /// emerged to fill its role`), whose subject the later pronoun may stand for instead.
  private func hasSubjectAfterComma(_ range: Range<Int>) -> Bool {
    range.contains { comma in
      guard tagged.has(comma, .comma),
        let verb = ((comma + 1)..<range.upperBound).first(where: { [.verb, .aux].contains(tagged.upos($0)) })
      else { return false }
      let phrase = (comma + 1)..<verb
      return !phrase.isEmpty && phrase.contains { [.noun, .propn, .pron].contains(tagged.upos($0)) }
        && phrase.allSatisfy { [.det, .adj, .noun, .propn, .num, .cconj, .punct].contains(tagged.upos($0)) }
    }
  }

  /// The `the` opening the definite noun phrase that an opening `It` or `Its` at `pronoun` may
  /// stand for when the sentence right before names no thing as its subject: the speaker after its
  /// report (`The problems began at 9 a.m., the bank said. It blamed …`), else the phrase opening
  /// that sentence (`The lender said the fault began at midnight. It blamed …`) or its own opening
  /// `It`, which stands for the same. What the phrase names is the definite reading's to say.
  func definiteSubject(before pronoun: Int) -> Int? {
    let sentence = Int(tagged.sentenceOf[pronoun])
    guard sentence > 0, tagged.isSentenceInitial(pronoun), !quotes.isQuoted(pronoun), !isPlaceholder(pronoun),
      thingMention(before: pronoun) == nil
    else { return nil }
    let previous = tagged.sentences[sentence - 1]
    guard previous.paragraph >= tagged.sentences[sentence].paragraph - 1,
      let first = previous.tokens.first(where: { tagged.tokens[$0].kind == .word }), !quotes.isQuoted(first)
    else { return nil }
    let speaker = previous.tokens.first { index in
      index > first && tagged.has(index - 1, .comma) && isDefiniteNoun(index) && tagged.has(index + 2, .speechVerb)
        && !quotes.isQuoted(index)
    }
    if let speaker { return speaker }
    return tagged.isWord(first, "it") || isDefiniteNoun(first) && !tagged.isPossessive(after: first + 2) ? first : nil
  }

  /// Whether `the` and a common noun in lower case start at `index`: `the bank`.
  private func isDefiniteNoun(_ index: Int) -> Bool {
    tagged.isWord(index, "the") && tagged.isLowercaseWord(index + 1) && tagged.upos(index + 1) == .noun
  }

  /// How far after `It` the clause it merely opens is looked for: `It is not yet clear whether`.
  private static let placeholderReach = 8

  /// Whether the `It` at `pronoun` opens a clause after it rather than standing for a thing:
  /// `that`, `whether`, `who` or `how` follows (`It was announced that`, `It was Jobs who`); an
  /// `Its` always stands for one (`Its chief said that …`), as does an `It` that speaks (`It
  /// argued that …`).
  private func isPlaceholder(_ pronoun: Int) -> Bool {
    guard tagged.isWord(pronoun, "it"), !tagged.has(pronoun + 1, .speechVerb) else { return false }
    let end = min(tagged.sentences[Int(tagged.sentenceOf[pronoun])].tokens.upperBound, pronoun + Self.placeholderReach)
    for index in (pronoun + 1)..<max(pronoun + 1, end) {
      if tagged.isWord(index, "that") || tagged.isWord(index, "whether") || tagged.isWord(index, "who")
        || tagged.isWord(index, "how")
      {
        return true
      }
    }
    return false
  }
}
