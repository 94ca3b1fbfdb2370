/// Pieces of a sentence that are no clause of their own, told as one: a noun phrase with a past
/// participle after a preposition (`in a video posted by the club on Monday` → `A video was posted
/// by the club on Monday`) and a participle of speech set off after its clause (`, saying it
/// would save 50 million` → `The airline said it would save 50 million`).
extension EventSummarizer {
  /// The lead of a summary of `range`, a preposition and the noun phrase a past participle
  /// describes (`In a video | posted by the club on Monday`), with the token where the
  /// participle starts: `A video was`; after `according to` too (`according to a study published
  /// on Monday`). Nil when the participle has an object (`in 2010 the firm posted a profit`),
  /// another verb follows or the phrase names a time.
  func reducedRelativeLead(_ range: Range<Int>) -> (lead: String, participle: Int)? {
    var first = range.lowerBound
    if tagged.upos(first) == .adp {
      first += 1
    } else if first < 2 || !tagged.isWord(first - 1, "to") || !tagged.isWord(first - 2, "according") {
      return nil
    }
    var participle = first
    while participle < range.upperBound, tagged.timeOf[participle] < 0,
      tagged.upos(participle).isNounPhraseWord || isPossessivePronoun(participle)
    {
      participle += 1
    }
    guard participle > first, participle + 1 < range.upperBound, [.noun, .propn].contains(tagged.upos(participle - 1)),
      tagged.upos(participle) == .verb, tagged.isLowercaseWord(participle),
      tagged.endsWith(participle, "ed") || tagged.endsWith(participle, "en"),
      [.adp, .adv].contains(tagged.upos(participle + 1)) || tagged.isWord(participle + 1, "to")
        || tagged.timeOf[participle + 1] >= 0,
      !((participle + 1)..<range.upperBound).contains(where: { tagged.isFiniteVerb($0) })
    else { return nil }
    // After `as`, a noun and a past verb are mostly a clause (`, as inflation climbed to 6.2%`);
    // a participle there shows itself by its agent (`as a study published by the agency …`).
    if tagged.isWord(range.lowerBound, "as"), !tagged.isWord(participle + 1, "by") { return nil }
    return (participleOpenerLead(first..<participle), participle)
  }

  /// The lead of a summary of a participle of speech set off after its clause, `segment` at
  /// `position` (`, saying it would save 50 million`): the subject of the clause before it and
  /// the verb in the past (`The airline said`). Nil when the segment opens otherwise or no
  /// subject is found.
  func speakingParticipleLead(of segment: Segment, position: Int, in segments: [Segment], subject: Range<Int>?) -> String? {
    let first = segment.tokens.lowerBound
    guard position > 0, segment.role == .participle, tagged.isLowercaseWord(first), tagged.upos(first) == .verb,
      tagged.endsWith(first, "ing"), tagged.has(first, .speechVerb), first + 1 < segment.tokens.upperBound
    else { return nil }
    let opening = segments[..<position].first { $0.role == .main }.flatMap {
      tagged.subjectPhrase(at: $0.tokens.lowerBound, before: $0.tokens.upperBound, acrossPrepositions: true)
    }
    let phrase = opening ?? subject
    guard let phrase, phrase.upperBound <= first else { return nil }
    var words = tagged.string(tokens: phrase)
    if phrase.lowerBound > 0, tagged.upos(phrase.lowerBound - 1) == .det,
      tagged.sentenceOf[phrase.lowerBound - 1] == tagged.sentenceOf[phrase.lowerBound]
    {
      words = tagged.string(tokens: (phrase.lowerBound - 1)..<phrase.upperBound)
    }
    return words + " " + Self.pastTense(of: tagged.lemma(first))
  }

  /// The simple past of the speech verb `lemma`: `said`, `told`, `warned`, `argued`.
  static func pastTense(of lemma: String) -> String {
    if let irregular = irregularPasts[lemma] { return irregular }
    return lemma.hasSuffix("e") ? lemma + "d" : lemma + "ed"
  }

  /// Speech verbs whose past is not made with `-ed`.
  private static let irregularPasts: [String: String] = [
    "say": "said", "tell": "told", "write": "wrote", "speak": "spoke", "think": "thought", "admit": "admitted",
  ]

  /// Where the report ends a clause that opens with a phrase set off by a comma (`Speaking on
  /// Saturday, | Inspector Kay Lowe said`): the start of the report after the last comma of
  /// `range` when that is a bare report; nil otherwise. A speaker in apposition takes the
  /// report back past its role's commas (`After the talks, | Anton Berg, the mediator, said`):
  /// when the report after the last comma opens with its verb, the report from an earlier
  /// comma, at most `appositionCommas` back, that opens with a name.
  func setOffReportStart(in range: Range<Int>) -> Int? {
    guard let last = range.last(where: { tagged.has($0, .comma) }), last + 1 < range.upperBound,
      isBareReport((last + 1)..<range.upperBound)
    else { return nil }
    guard startsWithVerb(last + 1) else { return last + 1 }
    var commas = 1
    var index = last
    while index > range.lowerBound, commas < Self.appositionCommas {
      index -= 1
      guard tagged.has(index, .comma) else { continue }
      commas += 1
      guard isBareReport((index + 1)..<range.upperBound) else { return nil }
      if opensWithName(index + 1) { return index + 1 }
    }
    return nil
  }

  /// How many commas back a report set off after a phrase is looked for: the one before its
  /// verb and the two around a speaker's role.
  static let appositionCommas = 3

  /// Whether the name of a person, an organization or a group starts at `index`, written as a
  /// name (not `the union leader`, a person's other name).
  private func opensWithName(_ index: Int) -> Bool {
    tagged.upos(index) == .propn && actors.mentions(in: index..<(index + 1)).contains { mention in
      mention.tokens.lowerBound == index && [.person, .organization, .group].contains(actors.actors[mention.actor].kind)
    }
  }

  /// `range` without the time it ends with and that time's preposition (`approved a final
  /// dividend of 20 cents | on Monday`).
  func withoutTrailingTime(_ range: Range<Int>) -> Range<Int> {
    var end = range.upperBound
    while end > range.lowerBound, tagged.timeOf[end - 1] >= 0 { end -= 1 }
    guard end < range.upperBound else { return range }
    if end > range.lowerBound, tagged.has(end - 1, .preposition) { end -= 1 }
    return range.lowerBound..<end
  }

  /// The noun phrase `range` ends with, and the one before its `of` (`a final dividend of 20
  /// cents`, `a grant of 2 million`).
  func trailingNounPhraseWithOf(of range: Range<Int>) -> Range<Int>? {
    var amount = range.upperBound
    while amount > range.lowerBound, tagged.upos(amount - 1) == .num { amount -= 1 }
    let counted = amount < range.upperBound ? amount..<range.upperBound : nil
    guard let phrase = trailingNounPhrase(of: range) ?? counted else { return nil }
    let of = phrase.lowerBound - 1
    guard of > range.lowerBound, tagged.isWord(of, "of"), let head = trailingNounPhrase(of: range.lowerBound..<of) else {
      return phrase
    }
    return head.lowerBound..<phrase.upperBound
  }
}
