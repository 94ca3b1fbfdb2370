/// The head a relative clause is about when it is not the noun phrase right before it: the person
/// an apposition sets off, or the happening a place or thing took part in.
extension EventSummarizer {
  /// The name of the person that heads the apposition ending in `phrase`, which a `who` clause
  /// right after it is about: `Anton Berg` in `Anton Berg, the former chief executive of Vessel
  /// Bank, who was jailed`, where `phrase` (`Vessel Bank`) names no person but the apposition's
  /// role noun does (`the former chief executive of`), or the person named right before the
  /// preposition before `phrase` (`Lena Okafor of Varholm University, who led the study`). Nil
  /// when `phrase` names a person itself or stands in no such apposition.
  func appositionHead(of phrase: Range<Int>) -> Range<Int>? {
    let sentence = tagged.sentenceOf[phrase.lowerBound]
    guard !namesPerson(endingAt: phrase.upperBound), phrase.lowerBound >= 2 else { return nil }
    // The role noun phrase itself set off after the name: `Priya Holt, an astronomer who …`.
    if tagged.has(phrase.lowerBound - 1, .comma), [.det, .adj, .noun].contains(tagged.upos(phrase.lowerBound)),
      phrase.contains(where: { tagged.upos($0) == .noun })
    {
      return person(endingAt: phrase.lowerBound - 1)
    }
    guard phrase.lowerBound >= 4, tagged.upos(phrase.lowerBound - 1) == .adp else { return nil }
    // The person the phrase's preposition attaches to: `Dr Lena Okafor of the University of Leeds, who led the study`.
    if let named = person(endingAt: phrase.lowerBound - 1) { return named }
    var comma = phrase.lowerBound - 2
    while comma > 0, tagged.sentenceOf[comma] == sentence, Self.appositionWords.contains(tagged.upos(comma)) {
      comma -= 1
    }
    guard comma > 0, tagged.sentenceOf[comma] == sentence, tagged.has(comma, .comma),
      [.det, .noun, .adj].contains(tagged.upos(comma + 1)),
      (comma + 1..<(phrase.lowerBound - 1)).contains(where: { tagged.upos($0) == .noun })
    else { return nil }
    return person(endingAt: comma)
  }

  /// The tokens of the mention of a person that ends right before `end`.
  private func person(endingAt end: Int) -> Range<Int>? {
    actors.mentions(in: max(0, end - 8)..<end).last {
      $0.tokens.upperBound == end && actors.actors[$0.actor].kind == .person
    }?.tokens
  }

  /// The noun phrase of a happening that ends in `phrase` after a preposition, which a relative
  /// clause whose verb only a happening can have is about: `the strike at the Ostra mine` in
  /// `the strike at the Ostra mine, which lasted 23 days`, not the mine; `a vote of no
  /// confidence, which is expected to be held next week`, not the confidence. Nil when the
  /// clause's verbs are others, or no event noun heads the phrase.
  func happeningHead(of phrase: Range<Int>, relative: Segment) -> Range<Int>? {
    let preposition = phrase.lowerBound - 1
    guard preposition >= 1, tagged.upos(preposition) == .adp,
      case let noun = preposition - 1, tagged.upos(noun) == .noun, tagged.has(noun, .triggerNoun),
      relative.tokens.contains(where: isHappeningVerb)
    else { return nil }
    var first = noun
    while first > 0, tagged.sentenceOf[first - 1] == tagged.sentenceOf[noun],
      [.det, .adj, .noun, .num].contains(tagged.upos(first - 1)) || tagged.isWord(first - 1, "s")
    {
      first -= 1
      if tagged.upos(first) == .det { break }
    }
    return first..<phrase.upperBound
  }

  /// The noun phrase that holds `inner` after a preposition inside it, which a `that` or `which`
  /// clause after `inner` is about: `a 30% rise in fuel prices` in `a 30% rise in fuel prices
  /// that took effect …`, `a flaw in its systems` in `a flaw in its systems that was reported`.
  /// Nil when a name ends the phrase (the clause is mostly about it: `Shares in Corvel Systems,
  /// which supplies`), when its head names people (`which` is never a person, and `that` after
  /// `the head of the agency` may be either), when the head only measures, sorts or places
  /// `inner` (`a list of anomalies that may have happened`, `the end of the quarter, which ends
  /// on June 26`), or when the clause's verb agrees with `inner` and not with the head (`the
  /// share of cases that were reported`).
  func holdingPhrase(of inner: Range<Int>, relative: Segment, previous: Segment?) -> Range<Int>? {
    let word = relative.tokens.lowerBound
    let preposition = inner.lowerBound - 1
    guard tagged.isWord(word, "that") || tagged.isWord(word, "which"), preposition >= 1,
      tagged.isLowercaseWord(preposition), tagged.isPhrasePreposition(preposition), tagged.timeOf[inner.lowerBound] < 0,
      case let noun = preposition - 1, tagged.upos(noun) == .noun, tagged.isLowercaseWord(noun),
      !PersonNoun.names(noun, in: tagged), actors.mentions(in: noun..<inner.upperBound).isEmpty,
      !tagged.isShare(noun), !Self.measureNouns.contains(tagged.lemma(noun).lowercased()),
      let head = antecedentTokens(before: preposition, previous: previous), head.upperBound == preposition,
      !disagrees(relative, withHeadOf: head.lowerBound..<inner.upperBound, before: inner)
    else { return nil }
    return head.lowerBound..<inner.upperBound
  }

  /// Whether the verb at `index` is one only a happening can have: `lasted 23 days`, `occurred`,
  /// `took place in May`, `took effect`, and `held` in the passive (`is expected to be held`).
  private func isHappeningVerb(_ index: Int) -> Bool {
    guard tagged.upos(index) == .verb else { return false }
    let lemma = tagged.lemma(index).lowercased()
    if Self.happeningVerbs.contains(lemma) { return true }
    if lemma == "take" { return tagged.isWord(index + 1, "place") || tagged.isWord(index + 1, "effect") }
    return lemma == "hold" && tagged.isPassiveParticiple(index)
  }

  /// Nouns that measure out, sort or place what their `of` takes, which is what a relative clause
  /// after the phrase is about: `a number of`, `a list of`, `a kind of`, `the end of`.
  private static let measureNouns: Set<String> = [
    "number", "list", "lot", "group", "couple", "series", "range", "variety", "set", "kind", "type", "sort", "form",
    "handful", "pair", "dozen", "end", "start", "beginning", "side", "top", "bottom", "middle", "edge", "part",
    "piece", "corner", "section", "front", "back",
  ]

  /// Verbs whose subject can only be a happening.
  private static let happeningVerbs: Set<String> = ["last", "happen", "occur", "unfold"]

  /// Whether an actor mention of a person ends right before `end`.
  private func namesPerson(endingAt end: Int) -> Bool { person(endingAt: end) != nil }

  /// The parts of speech of the words of an apposition's role noun phrase before its `of`.
  private static let appositionWords: Set<UPOS> = [.det, .noun, .adj, .propn, .num]
}
