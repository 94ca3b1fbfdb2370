extension EventSummarizer {
  /// Whether the subject `subject` of the clause at `start` is a name in apposition, set off by
  /// commas right before the clause, with the capitalized title or honorific before it
  /// (`Its chief executive, Martin Oyelaran, said …`; `The hospital's chief executive, Dr Amal
  /// Rashed, said …`).
  func isAppositive(_ subject: Range<Int>, clause start: Int) -> Bool {
    let titled = titledStart(of: subject)
    return titled > 1 && tagged.has(titled - 1, .comma) && tagged.has(subject.upperBound, .comma)
      && subject.upperBound + 1 == start
  }

  /// Where the name `subject` starts with the capitalized titles and honorifics right before it
  /// (`Dr Amal Rashed`, `Mrs Justice Helen Carrow`).
  func titledStart(of subject: Range<Int>) -> Int {
    var first = subject.lowerBound
    let sentence = tagged.sentences[Int(tagged.sentenceOf[first])].tokens.lowerBound
    while first > sentence, tagged.has(first - 1, [.honorific, .titleStart]), !tagged.isLowercaseWord(first - 1) { first -= 1 }
    return first
  }

  /// Where the noun phrase that the appositive name `subject` stands beside starts, when that
  /// phrase opens the sentence and is a bare noun phrase (`Its chief executive`).
  func appositionStart(of subject: Range<Int>) -> Int? {
    let before = titledStart(of: subject) - 1
    let sentence = tagged.sentences[Int(tagged.sentenceOf[subject.lowerBound])].tokens.lowerBound
    guard sentence < before, tagged.isBareNounPhrase(sentence..<before) else { return nil }
    return sentence
  }

  /// The noun phrase that a passive participle in `-ed` set off right after it describes (an
  /// irregular past such as `began` is mostly a simple past, not a participle: `the oldest
  /// map of the night sky, | painted on a cave wall …`, `a free-software community, | created in
  /// 1998`): the participle is followed by a preposition, an adverb or a time, not by an object
  /// as a later verb of a list is (`cut 300 jobs in May, | closed two branches`). The segment
  /// before is a main clause with a verb of its own, so the participle cannot be the verb that
  /// its subject waits for (`The outage, which began …, | ended on Monday`; `The plant, | opened in …`).
  func describedNounPhrase(of start: Int, after previous: Segment) -> Range<Int>? {
    guard previous.role == .main, previous.tokens.contains(where: isMainVerb),
      previous.tokens.upperBound + 1 == start, tagged.has(start - 1, .comma), tagged.isLowercaseWord(start),
      tagged.upos(start) == .verb, tagged.endsWith(start, "ed"),
      [.adp, .adv].contains(tagged.upos(start + 1)) || tagged.timeOf[start + 1] >= 0,
      let last = previous.tokens.last, tagged.timeOf[last] < 0
    else {
      return nil
    }
    guard var phrase = trailingNounPhrase(of: previous.tokens) else { return nil }
    // The phrase goes on back over `of`, `with` and `for` to the noun they complete, which the
    // participle is about: `the oldest map of the night sky`, `a cheaper plan with adverts, |
    // launched in March`, `a depot with space for 40 buses, | opened in May`.
    var preposition = phrase.lowerBound - 1
    while preposition > previous.tokens.lowerBound, Self.completingPrepositions.contains(where: { tagged.isWord(preposition, $0) }),
      let head = trailingNounPhrase(of: previous.tokens.lowerBound..<preposition)
    {
      phrase = head.lowerBound..<phrase.upperBound
      preposition = head.lowerBound - 1
    }
    return phrase
  }

  /// Prepositions whose phrase completes the noun before it, so that a participle set off after
  /// the phrase is about that noun.
  private static let completingPrepositions: [StaticString] = ["of", "with", "for"]

  /// Whether the word at `index` is a verb of its clause's own, not a participle set off after a
  /// noun (`The lander, built by a consortium led by Airbus, separated …`: that clause still
  /// waits for its verb) nor an infinitive (`, elected on a promise to cut taxes, | resigned`).
  private func isMainVerb(_ index: Int) -> Bool {
    guard [.verb, .aux].contains(tagged.upos(index)) else { return false }
    return tagged.upos(index) == .aux
      || !tagged.has(index - 1, .comma) && !tagged.isWord(index + 1, "by") && !tagged.isWord(index - 1, "to")
  }
}
