/// Phrases set off after a clause that belong to it and tell no event of their own.
extension EventMentionFinder {
  /// Whether segment `position` is a phrase set off after a clause that sets its figure beside
  /// another (`…, ahead of the $2.75 billion analysts had expected`, `…, up from the $11.2 billion
  /// it forecast in April`, `…, two years earlier than the government had planned`, `…, below what
  /// analysts had expected`): a preposition and a figure, or `than`, or `what` after a word of
  /// comparison, before its first verb, which follows a noun or pronoun and so is in a relative
  /// clause of that phrase's noun. It is part of the clause before, not an event.
  func isComparisonTail(_ position: Int, in segments: [Segment]) -> Bool {
    let range = segments[position].tokens
    // A clause joined by `and` or `but` is a clause of its own (`and more than 200 others may
    // have been exposed`).
    guard position > 0, segments[position].role == .main, tagged.upos(range.lowerBound) != .cconj,
      hasFiniteVerb(before: position, in: segments),
      let verb = range.first(where: { tagged.upos($0) == .verb || tagged.upos($0) == .aux }), verb > range.lowerBound,
      [.noun, .propn, .pron].contains(tagged.upos(verb - 1))
    else {
      return false
    }
    var first = range.lowerBound
    while first < verb, tagged.upos(first) == .adv { first += 1 }
    // A word before the preposition may be read as a noun or adjective: `ahead of`, `short of`.
    if first == range.lowerBound, [.noun, .adj].contains(tagged.upos(first)), tagged.upos(first + 1) == .adp {
      first += 1
    }
    let opensWithPreposition = tagged.upos(first) == .adp && !tagged.opensClauseAfterPreposition(first)
    // The phrase sets a figure beside the clause's (`up from the $11.2 billion`), or compares
    // with `than`; a clause opened by a phrase of place or time has its own subject (`At the
    // gate he was stopped`, `in 1947 the country adopted`): a year is no figure.
    let namesFigure = (first..<verb).contains { tagged.upos($0) == .num && tagged.timeOf[$0] < 0 }
    // `what` after a word of comparison is the figure compared with (`below what analysts had
    // expected`, `ahead of what it forecast`).
    let compares = (range.lowerBound..<verb).contains { word in
      tagged.isWord(word, "than")
        || tagged.isWord(word, "what") && word > range.lowerBound && [.adv, .adp, .adj].contains(tagged.upos(word - 1))
    }
    return (opensWithPreposition && namesFigure || compares)
      && !(range.lowerBound..<verb).contains { tagged.has($0, [.relative, .subordinator]) && !tagged.isWord($0, "than") }
  }

  /// Whether segment `position` is a later item of a list that leaves out the verb it shares
  /// with the first (`adopted an amendment exempting students, and another requiring councils to
  /// publish how the money is spent`): it opens with `and` or `or` and a noun phrase, its first
  /// verb, if any, is a present participle, and no finite verb of its own follows (one after `to`
  /// or inside a clause opened by a question or relative word is not its own: `how the money is
  /// spent`; `the queue of cars waiting to cross stretched back` has one). Alone it is a
  /// fragment, not an event.
  func isElliptical(_ position: Int, in segments: [Segment]) -> Bool {
    let range = segments[position].tokens
    if isSetOffEllipsis(position, in: segments) { return true }
    guard position > 0, tagged.isWord(range.lowerBound, "and") || tagged.isWord(range.lowerBound, "or"),
      [.det, .pron, .noun, .adj, .num].contains(tagged.upos(range.lowerBound + 1)),
      hasFiniteVerb(before: position, in: segments)
    else {
      return false
    }
    guard let verb = range.first(where: { tagged.upos($0) == .verb || tagged.upos($0) == .aux }) else { return true }
    guard tagged.upos(verb) == .verb, tagged.endsWith(verb, "ing") else { return false }
    let ownClause = (verb + 1)..<(range.first { $0 > verb && tagged.has($0, [.question, .relative, .subordinator]) } ?? range.upperBound)
    return !ownClause.contains { tagged.isFiniteVerb($0) && !tagged.isWord($0 - 1, "to") }
  }

  /// Whether segment `position`, the last of its sentence, set off by a comma after a clause with
  /// a finite verb, is a noun phrase and a prepositional phrase with no verb of its own (`City
  /// levelled both times, | the second through a header from Luis Mora`): it leaves out the
  /// clause's verb, so alone it is a fragment. A participle after `with` is no verb of its own
  /// (`with four minutes left`).
  private func isSetOffEllipsis(_ position: Int, in segments: [Segment]) -> Bool {
    let range = segments[position].tokens
    let first = range.lowerBound
    guard position > 0, position + 1 == segments.count, first > 0, tagged.has(first - 1, .comma),
      [.det, .num].contains(tagged.upos(first)), hasFiniteVerb(before: position, in: segments)
    else { return false }
    var head = first + 1
    while head < range.upperBound, [.adj, .noun, .num].contains(tagged.upos(head)), tagged.isLowercaseWord(head) { head += 1 }
    guard head < range.upperBound, tagged.upos(head) == .adp else { return false }
    return !range.contains { index in
      [.verb, .aux].contains(tagged.upos(index)) && !(first..<index).contains { tagged.isWord($0, "with") }
    }
  }

  /// Whether segment `position` is an open question (`whether the firm told patients in time`):
  /// what it asks is no fact, and the clause before keeps it in its summary.
  func isOpenQuestion(_ position: Int, in segments: [Segment]) -> Bool {
    position > 0 && tagged.isWord(segments[position].tokens.lowerBound, "whether")
  }

  /// Whether segment `position`, the last of its sentence and set off by a comma after a clause,
  /// is a noun phrase that sums that clause up, with a relative clause written without its
  /// relative word (`agreed to buy Telefix for 9 billion crowns, | a deal regulators are still
  /// reviewing`): its noun is the object the relative clause leaves out, so it tells no event of
  /// its own. The relative clause's subject is a pronoun, a name, a determiner's phrase (`its
  /// pilots`) or a plural noun after the head noun (`a deal regulators`, `a price critics`); its
  /// verb is active, takes no object after it, and is no report's verb at its end.
  func isClauseAppositive(_ position: Int, in segments: [Segment]) -> Bool {
    let range = segments[position].tokens
    let first = range.lowerBound
    guard position > 0, position == segments.count - 1, segments[position].role == .main, first > 0,
      tagged.has(first - 1, .comma), tagged.upos(first) == .det, !tagged.has(first, .quantifier),
      hasFiniteVerb(before: position, in: segments)
    else {
      return false
    }
    var verb = first + 1
    var subject: Int?
    while verb < range.upperBound, [.det, .adj, .noun, .propn, .num, .pron].contains(tagged.upos(verb)) {
      let afterNoun = tagged.upos(verb - 1) == .noun
      let opensSubject = tagged.upos(verb) == .noun && afterNoun && tagged.isPluralNoun(verb) && !tagged.isPluralNoun(verb - 1)
        || ([.det, .propn].contains(tagged.upos(verb)) || tagged.has(verb, .determiner)) && afterNoun
        || tagged.isSubjectPronoun(verb)
      if subject == nil, opensSubject { subject = verb }
      verb += 1
    }
    let group = verb
    while verb < range.upperBound, [.aux, .adv, .part].contains(tagged.upos(verb)) { verb += 1 }
    guard subject != nil, verb < range.upperBound, tagged.upos(verb) == .verb,
      tagged.isFiniteVerb(verb) || (group..<verb).contains(where: { tagged.upos($0) == .aux }),
      // A passive verb has no object to leave out: `, all worker clusters are owned by …`.
      tagged.endsWith(verb, "ing") || !(group..<verb).contains(where: { tagged.upos($0) == .aux && tagged.lemma($0) == "be" })
    else {
      return false
    }
    // A report's verb that ends the phrase tells who said the clause (`, a union spokesman said`).
    let next = verb + 1
    guard next < range.upperBound else { return !tagged.isReportingVerb(verb) }
    return ![.det, .noun, .propn, .pron, .num].contains(tagged.upos(next)) && !tagged.isWord(next, "that")
  }

  /// Verbs of a judgement, whose past after a noun phrase set off after a clause tells what the
  /// judges of it decided (`…, the regulator decided on Tuesday`, `…, an inquiry concluded`).
  static let judgementVerbs: Set<String> = ["decide", "conclude", "judge", "determine"]

  /// Whether segment `position`, set off by a comma after a main clause, is a noun phrase with a
  /// participle right after its noun (`has cost £820m so far, | almost twice the budget set in
  /// 2018`): it measures or names something in that clause, and its participle, with no
  /// auxiliary, no object and no finite verb after its phrase, tells no event of its own. Not after an
  /// opening phrase or clause, where it is the main clause (`As the station fell, | the dragon
  /// fled to the world below`), nor with a report's verb (`, the agency said`), a judgement's
  /// (`, the panel decided`) or one in `-ing`.
  func isParticipleAppositive(_ position: Int, in segments: [Segment]) -> Bool {
    let range = segments[position].tokens
    let first = range.lowerBound
    let previous = segments[max(0, position - 1)]
    guard position > 0, segments[position].role == .main, previous.role == .main, first > 0, tagged.has(first - 1, .comma),
      !tagged.has(previous.tokens.lowerBound, [.subordinator, .conjunction, .preposition, .relative])
    else { return false }
    var verb = first
    while verb < range.upperBound, verb - first < Self.appositiveReach,
      [.adv, .det, .adj, .noun, .propn, .num].contains(tagged.upos(verb)) || tagged.isWord(verb, "of"),
      !tagged.has(verb, [.subordinator, .conjunction, .relative])
    {
      verb += 1
    }
    guard verb < range.upperBound, tagged.upos(verb) == .verb, tagged.upos(verb - 1) == .noun,
      (first..<verb).contains(where: { tagged.upos($0) == .det }), !tagged.endsWith(verb, "ing"),
      !tagged.isReportingVerb(verb), !tagged.has(verb, [.speechVerb, .cognitionVerb]),
      !Self.judgementVerbs.contains(tagged.lemma(verb))
    else { return false }
    let next = verb + 1
    // A verb that ends its piece tells what was found or said: `…, the survey team found`.
    guard next < range.upperBound, tagged.upos(next) == .adp || tagged.timeOf[next] >= 0,
      !(next..<range.upperBound).contains(where: { tagged.isFiniteVerb($0) })
    else { return false }
    return previous.tokens.contains { tagged.isFiniteVerb($0) }
  }

  /// How many words a noun phrase set off after a clause may take before its participle.
  private static let appositiveReach = 8

  private func hasFiniteVerb(before position: Int, in segments: [Segment]) -> Bool {
    segments[..<position].contains { segment in segment.tokens.contains { tagged.isFiniteVerb($0) } }
  }
}
