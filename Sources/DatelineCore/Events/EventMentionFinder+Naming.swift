/// How a summary that opens with a pronoun is told alone: with the name or noun phrase the
/// pronoun stands for.
extension EventMentionFinder {
  /// `summary` with the `He` or `She` it opens with replaced by the name of the person (or actor
  /// of unknown kind) it was resolved to (`He said an independent review …` → `Micheál Martin
  /// said …`), and an opening `His` or `Her` by the person's name (`Ada Brel's report`): a
  /// summary is read alone; so is the `he` or `she` that reports a quotation (`“…,” she said` →
  /// `“…,” Ada Brel said`). An `It`, `Its` or `They` that opens `clause` is replaced
  /// by the noun phrase it stands for when that is found surely (`pronounLed`), else an `It` or
  /// `Its` by the name of the thing it was resolved to.
  func named(_ summary: String, subject: (actor: Int, tokens: Range<Int>?)?, clause: Range<Int>) -> String {
    let opening = clause.first { !tagged.has($0, [.adverb, .conjunction, .comma]) && !tagged.has($0, WordFlags.quoteMark) }
    if let pronoun = opening,
      let led = summarizer.pronounLed(
        summary, pronoun: pronoun, isQuoted: scan.isQuoted,
        referent: thing(at: pronoun).map { (actors.actors[$0.actor].name, $0.tokens) })
    {
      return led
    }
    // Past `when` or `after` only a resolved thing leads, or the one noun phrase before that the
    // pronoun agrees with: the subjects before it may be of other clauses (`Relations improved
    // after Mehra and Alves met …, where they`).
    if let word = opening, tagged.has(word, [.subordinator, .relative]), let thing = thing(at: word + 1),
      let led = summarizer.pronounLed(
        summary, pronoun: word + 1, isQuoted: scan.isQuoted, referent: (actors.actors[thing.actor].name, thing.tokens),
        readsPhrases: false)
    {
      return led
    }
    if let word = opening, tagged.has(word, .subordinator), !tagged.has(word, .relative),
      let phrase = summarizer.soleAntecedent(ofSubordinate: word + 1, isQuoted: scan.isQuoted),
      let led = summarizer.pronounLed(
        summary, pronoun: word + 1, isQuoted: scan.isQuoted, referent: (leadText(phrase), phrase), readsPhrases: false)
    {
      return led
    }
    // A pronoun after an opening time or phrase is the subject all the same: `In 1997 it was
    // bought`, `Throughout the 1980s he trained cooks`.
    if let time = opening, let pronoun = pastOpeningTime(time) ?? pastOpeningPhrase(time) {
      let head = tagged.string(tokens: time..<pronoun)
      if summary.hasPrefix(head + " ") {
        let rest = String(summary.dropFirst(head.count + 1))
        if let led = summarizer.pronounLed(rest, pronoun: pronoun, isQuoted: scan.isQuoted)
          ?? personLed(rest, pronoun: pronoun)
        {
          return head + " " + (led.hasPrefix("The ") ? "t" + led.dropFirst() : led)
        }
      }
    }
    if let told = reportedPronounLed(summary, clause: clause) ?? reportedPersonLed(summary, clause: clause) { return told }
    // A report set after what it tells (`Its profit fell 4%, the company said`) is told from the
    // start of its sentence: the pronoun there opens the summary.
    if let pronoun = sentenceOpening(before: clause), pronoun != opening {
      if let led = summarizer.pronounLed(
        summary, pronoun: pronoun, isQuoted: scan.isQuoted,
        referent: thing(at: pronoun).map { (actors.actors[$0.actor].name, $0.tokens) }) ?? personLed(summary, pronoun: pronoun)
      {
        return led
      }
    }
    if summary.hasPrefix("His ") || summary.hasPrefix("Her "),
      let owner = opening.flatMap(possessor) ?? sentenceOpening(before: clause).flatMap(possessor)
    {
      return EventSummarizer.possessive(actors.actors[owner].name) + summary.dropFirst(3)
    }
    if let pronoun = opening, let told = quotationReport(summary, pronoun: pronoun) { return told }
    if let told = closingReport(summary, clause: clause) { return told }
    guard let subject, subject.tokens == nil, [.person, .unknown].contains(actors.actors[subject.actor].kind),
      summary.hasPrefix("He ") || summary.hasPrefix("She ")
    else { return summary }
    return actors.actors[subject.actor].name + summary.drop { $0 != " " }
  }

  /// The first word of the sentence of `clause` past conjunctions, adverbs and quotation marks,
  /// when it stands before the clause: where a summary led by what a report tells starts.
  private func sentenceOpening(before clause: Range<Int>) -> Int? {
    let sentence = tagged.sentences[Int(tagged.sentenceOf[clause.lowerBound])].tokens
    let first = sentence.first { !tagged.has($0, [.adverb, .conjunction, .comma]) && !tagged.has($0, WordFlags.quoteMark) }
    return first.flatMap { $0 < clause.lowerBound ? $0 : nil }
  }

  /// The mention of the product, organization or group an `it` or `its` at `pronoun` stands for.
  private func thing(at pronoun: Int) -> ActorMention? {
    guard tagged.isWord(pronoun, "it") || tagged.isWord(pronoun, "its"), !scan.isQuoted(pronoun) else { return nil }
    return clauseActors.pronouns.thingMention(before: pronoun)
  }

  /// The word after the time that opens a clause at `first`, with its preposition and a comma
  /// (`In 1997 | it`, `On Monday, | it`); nil when no time opens it.
  private func pastOpeningTime(_ first: Int) -> Int? {
    var index = first
    if tagged.has(index, .preposition), tagged.timeOf[index + 1] >= 0 { index += 1 }
    guard tagged.timeOf[index] >= 0 else { return nil }
    while index < tagged.tokens.count, tagged.timeOf[index] >= 0 { index += 1 }
    if tagged.has(index, .comma) { index += 1 }
    return index < tagged.tokens.count ? index : nil
  }

  /// The word after a phrase opened by a preposition that opens a clause at `first`, past its
  /// comma (`Throughout the 1980s | he`, `After the vote, | she`), when it is a subject pronoun
  /// before its verb; nil otherwise.
  private func pastOpeningPhrase(_ first: Int) -> Int? {
    guard tagged.upos(first) == .adp, !tagged.has(first, .relative) else { return nil }
    var index = first + 1
    let limit = min(tagged.tokens.count - 1, first + Self.openingPhraseReach)
    while index < limit, tagged.upos(index).isNounPhraseWord || tagged.timeOf[index] >= 0,
      !tagged.has(index, [.personPronoun, .groupPronoun])
    {
      index += 1
    }
    guard index > first + 1, [.noun, .propn, .num].contains(tagged.upos(index - 1)) || tagged.timeOf[index - 1] >= 0
    else { return nil }
    if tagged.has(index, .comma) { index += 1 }
    let isSubject = ["he", "she", "it", "they"].contains { tagged.isWord(index, $0) }
    guard isSubject, index + 1 < tagged.tokens.count, [.verb, .aux, .adv].contains(tagged.upos(index + 1)) else {
      return nil
    }
    return index
  }

  /// How many words a phrase that opens a clause before its subject pronoun may have.
  private static let openingPhraseReach = 8

  /// `summary`, which opens with `He` or `She` at token `pronoun`, led instead by the name of the
  /// person it stands for (`He trained dozens of cooks` → `Tomas Ruhl trained …`); nil when the
  /// pronoun is quoted or stands for no person surely.
  private func personLed(_ summary: String, pronoun: Int) -> String? {
    guard tagged.isWord(pronoun, "he") || tagged.isWord(pronoun, "she"),
      summary.lowercased().hasPrefix("he ") || summary.lowercased().hasPrefix("she "),
      let person = resolvedPerson(pronoun, orUnknown: true)
    else { return nil }
    return actors.actors[person].name + summary.drop { $0 != " " }
  }

  /// `summary` with the `it` or `they` that is the subject of what its clause's verb of speech
  /// or thought reports (`Engineers hope it will reopen in June`) replaced by the noun phrase it
  /// stands for, when that was named in an earlier sentence (`The Arden Bridge was closed …`):
  /// one named before it in its own sentence stands for itself well enough (`The firm said it
  /// would`). Nil when no such pronoun follows the verb.
  private func reportedPronounLed(_ summary: String, clause: Range<Int>) -> String? {
    guard let (_, pronoun) = reportedSubject(of: clause), tagged.isWord(pronoun, "it") || tagged.isWord(pronoun, "they")
    else { return nil }
    // The summary tells the clause as written up to the pronoun.
    let head = tagged.string(tokens: clause.lowerBound..<pronoun) + " "
    guard summary.utf8.count > head.utf8.count, summary.lowercased().hasPrefix(head.lowercased()) else { return nil }
    let rest = String(summary.dropFirst(head.count))
    // A thing it was resolved to in an earlier sentence may lead when no noun phrase is found.
    let referent = thing(at: pronoun).flatMap { mention in
      tagged.sentenceOf[mention.tokens.lowerBound] < tagged.sentenceOf[pronoun]
        ? (actors.actors[mention.actor].name, mention.tokens) : nil
    }
    guard
      let led = summarizer.pronounLed(
        rest, pronoun: pronoun, isQuoted: scan.isQuoted, referent: referent, earlierSentenceOnly: true)
    else { return nil }
    return summary.prefix(head.count) + (led.hasPrefix("The ") ? "the" + led.dropFirst(3) : led)
  }

  /// `summary` with the `he` or `she` that is the subject of what its clause's verb of speech or
  /// thought reports replaced by the name of the person it stands for, when the report's own
  /// subject cannot be that person (`Prosecutors say he approved …` → `Prosecutors say Martin
  /// Crewe approved …`): a summary is read alone. A person's report keeps its pronoun, which may
  /// stand for the speaker (`Reid said he had not seen the evidence`).
  private func reportedPersonLed(_ summary: String, clause: Range<Int>) -> String? {
    guard let (verb, pronoun) = reportedSubject(of: clause), tagged.isWord(pronoun, "he") || tagged.isWord(pronoun, "she"),
      speaksAsNoPerson(clause.lowerBound..<verb), let person = resolvedPerson(pronoun)
    else { return nil }
    let head = tagged.string(tokens: clause.lowerBound..<pronoun) + " "
    let written = tagged.string(tokens: pronoun..<(pronoun + 1)) + " "
    guard summary.lowercased().hasPrefix((head + written).lowercased()) else { return nil }
    return summary.prefix(head.count) + actors.actors[person].name + " " + summary.dropFirst(head.count + written.count)
  }

  /// The clause's first finite verb, when it is a verb of speech or thought after a subject, and
  /// the first word of what it reports, past `that` (`Engineers hope | it will reopen`,
  /// `Prosecutors say that | he approved`); nil when the clause opens otherwise.
  private func reportedSubject(of clause: Range<Int>) -> (verb: Int, subject: Int)? {
    guard let verb = clause.first(where: { tagged.isFiniteVerb($0) }), verb > clause.lowerBound,
      tagged.upos(verb) == .verb, tagged.has(verb, [.speechVerb, .cognitionVerb])
    else { return nil }
    let subject = tagged.isWord(verb + 1, "that") ? verb + 2 : verb + 1
    return subject < clause.upperBound ? (verb, subject) : nil
  }

  /// Whether the subject `subject` of a report is no one a `he` or `she` may stand for: its last
  /// word a plural common noun (`Prosecutors`), a noun for an organization (`The board`) or a
  /// name of an organization or group, and no person or actor of unknown kind is named in it.
  private func speaksAsNoPerson(_ subject: Range<Int>) -> Bool {
    guard let head = subject.last(where: { tagged.upos($0) != .adv }) else { return false }
    let mentions = actors.mentions(in: subject)
    if mentions.contains(where: { [.person, .unknown].contains(actors.actors[$0.actor].kind) }) { return false }
    if mentions.contains(where: { $0.tokens.contains(head) && [.organization, .group].contains(actors.actors[$0.actor].kind) }) {
      return true
    }
    let isOrganization = tagged.has(head, .kindNoun) && [.organization, .group].contains(tagged.infos[head].actorKind)
    return tagged.upos(head) == .noun && (tagged.isPluralNoun(head) || isOrganization)
  }

  /// `summary`, a quotation told with its report (`“We did not want to sell,” he said`), with the
  /// `he` or `she` at `pronoun` that opens the report right after the quotation's closing mark
  /// replaced by the name of the person it stands for: a summary is read alone.
  private func quotationReport(_ summary: String, pronoun: Int) -> String? {
    guard tagged.isWord(pronoun, "he") || tagged.isWord(pronoun, "she"), pronoun > 0,
      tagged.has(pronoun - 1, [.closeDouble, .straightDouble]), let person = resolvedPerson(pronoun)
    else { return nil }
    let name = actors.actors[person].name
    let written = tagged.string(tokens: pronoun..<(pronoun + 1))
    for mark in ["\u{201D} ", "\" "] {
      if let found = summary.range(of: mark + written + " ", options: .backwards) {
        return String(summary[..<found.lowerBound]) + mark + name + " " + summary[found.upperBound...]
      }
    }
    return nil
  }

  /// `summary`, which ends with a report set after what was said (`The board will review the
  /// limits in March, he said`), with that report's `he` or `she` replaced by the name of the
  /// person it stands for: a summary is read alone.
  private func closingReport(_ summary: String, clause: Range<Int>) -> String? {
    guard let pronoun = clause.last(where: { tagged.isWord($0, "he") || tagged.isWord($0, "she") }),
      pronoun + 2 == clause.upperBound
        || pronoun + 2 < clause.upperBound && tagged.has(pronoun + 2, [.period, .terminal]),
      tagged.has(pronoun - 1, .comma), tagged.has(pronoun + 1, .speechVerb), let person = resolvedPerson(pronoun)
    else { return nil }
    let report =
      tagged.string(tokens: pronoun..<(pronoun + 1)) + " " + tagged.string(tokens: (pronoun + 1)..<(pronoun + 2))
    guard summary.hasSuffix(", " + report) else { return nil }
    return summary.dropLast(report.count) + actors.actors[person].name + report.drop { $0 != " " }
  }

  /// The person `his` or `her` at `pronoun` stands for, when it is a possessive before a noun
  /// phrase outside a quotation (`Her report was published in 1987`); also an actor of unknown
  /// kind, as for `he` and `she` (`Jonas Ruud` with a given name no lexicon holds).
  private func possessor(_ pronoun: Int) -> Int? {
    guard tagged.isWord(pronoun, "his") || tagged.isWord(pronoun, "her"), [.noun, .adj, .num].contains(tagged.upos(pronoun + 1))
    else { return nil }
    return resolvedPerson(pronoun, orUnknown: true)
  }

  /// The person the personal pronoun at `pronoun` was resolved to, outside a quotation; also an
  /// actor of unknown kind when `orUnknown`.
  private func resolvedPerson(_ pronoun: Int, orUnknown: Bool = false) -> Int? {
    guard !scan.isQuoted(pronoun), let person = clauseActors.pronouns.person(before: pronoun) else { return nil }
    let kind = actors.actors[person].kind
    return kind == .person || orUnknown && kind == .unknown ? person : nil
  }

  /// How the noun phrase `phrase` leads a summary in place of a pronoun: the name of the actor it
  /// is a mention of, else its words, with `the` for an opening `a` or `an`.
  private func leadText(_ phrase: Range<Int>) -> String {
    if let mention = actors.mentions(in: phrase).first(where: { $0.tokens == phrase }) {
      return actors.actors[mention.actor].name
    }
    let words = tagged.string(tokens: phrase)
    guard tagged.isWord(phrase.lowerBound, "a") || tagged.isWord(phrase.lowerBound, "an") else { return words }
    return "the" + words.drop { $0 != " " }
  }
}
