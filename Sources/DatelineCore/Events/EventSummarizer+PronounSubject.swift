extension EventSummarizer {
  /// `summary`, which opens with the pronoun `It`, `Its`, `They` or `Their` at token `pronoun`,
  /// led instead by the noun phrase the pronoun stands for (`It was limited to one lane` after
  /// `The bridge nearly closed` → `The bridge was limited to one lane`; `Its share fell` →
  /// `Corvane's share fell`): the nearest subject before it in its sentence, or the first subject
  /// of the sentence before, that agrees with it (a thing, place or organization for `it`; a
  /// plural, organization or group for `they`). Nil when the pronoun stands for no noun phrase
  /// (`It was announced that`, `It seemed unlikely`) or the nearest subject is a person, and when
  /// `isQuoted` says the pronoun or the phrase is inside a quotation. When no such phrase is
  /// found, `referent`, the name the pronoun was resolved to, leads instead when nothing between
  /// turns it down (`admits`); only `referent` when `readsPhrases` is false. With
  /// `earlierSentenceOnly`, only a noun phrase of an earlier sentence leads.
  func pronounLed(
    _ summary: String, pronoun: Int, isQuoted: (Int) -> Bool, referent: (name: String, tokens: Range<Int>)? = nil,
    readsPhrases: Bool = true, earlierSentenceOnly: Bool = false
  ) -> String? {
    let isPossessive = tagged.isWord(pronoun, "its") || tagged.isWord(pronoun, "their")
    let isPlural = tagged.isWord(pronoun, "they") || tagged.isWord(pronoun, "their")
    guard isPossessive || isPlural || tagged.isWord(pronoun, "it"), !isQuoted(pronoun) else { return nil }
    let written = tagged.string(tokens: pronoun..<(pronoun + 1))
    guard summary.utf8.count > written.utf8.count + 1,
      summary.utf8.dropFirst(written.utf8.count).first == 0x20,
      summary.lowercased().hasPrefix(written.lowercased() + " ")
    else { return nil }
    guard isPossessive || refersToPhrase(pronoun) else { return nil }
    var lead: String
    if readsPhrases, let phrase = antecedent(of: pronoun, plural: isPlural, named: isPossessive),
      !isQuoted(phrase.lowerBound), !earlierSentenceOnly || tagged.sentenceOf[phrase.lowerBound] < tagged.sentenceOf[pronoun]
    {
      lead = tagged.string(tokens: phrase)
      if tagged.isWord(phrase.lowerBound, "a") || tagged.isWord(phrase.lowerBound, "an") {
        lead = "the" + lead.drop { $0 != " " }
      }
    } else if let referent, !isQuoted(referent.tokens.lowerBound),
      admits(referent.tokens, for: pronoun, plural: isPlural)
    {
      lead = referent.name
    } else {
      return nil
    }
    if isPossessive { lead = Self.possessive(lead) }
    return Self.finished(lead + summary.dropFirst(written.count))
  }

  /// Whether the subject pronoun at `pronoun` stands for a noun phrase: its verb follows (past
  /// adverbs and auxiliaries), is not a form of `be` before anything but a passive participle
  /// (`It was a shock`, `It is raining`), not a verb that takes no real subject (`It seems`), and
  /// no clause or infinitive follows that the pronoun only announces (`It was announced that`,
  /// `It took years to build`).
  private func refersToPhrase(_ pronoun: Int) -> Bool {
    let end = tagged.sentences[Int(tagged.sentenceOf[pronoun])].tokens.upperBound
    var verb = pronoun + 1
    var hasBe = false
    var have: Int?
    while verb < end, tagged.upos(verb) == .adv || tagged.upos(verb) == .aux || tagged.upos(verb) == .part {
      if tagged.upos(verb) == .aux {
        let lemma = tagged.lemma(verb)
        if lemma == "be" { hasBe = true }
        have = lemma == "have" ? verb : nil
      }
      verb += 1
    }
    // `have` read as an auxiliary before its object is the verb: `It had 530 gritters ready`.
    if verb < end, tagged.upos(verb) != .verb, !hasBe, let have { verb = have }
    let isParticiple = tagged.endsWith(verb, "ed") || tagged.endsWith(verb, "en") || tagged.has(verb, .pastVerb)
    // A participle read as an adjective after `be` is a passive all the same: `It was closed to cars`.
    let isVerb = [.verb, .aux].contains(tagged.upos(verb)) || hasBe && isParticiple && tagged.upos(verb) == .adj
    guard verb < end, isVerb, tagged.isLowercaseWord(verb) else { return false }
    // A progressive tells what a thing did only with an object: `It was carrying 212 people`.
    let hasObject = [.det, .num, .noun, .propn].contains(tagged.upos(verb + 1))
    if hasBe, !isParticiple, !tagged.endsWith(verb, "ing") || !hasObject { return false }
    guard !tagged.isWord(pronoun, "it") || !Self.impersonalVerbs.contains(tagged.lemma(verb)) else { return false }
    let speaks = tagged.has(verb, [.speechVerb, .cognitionVerb])
    // An infinitive after `be` or a verb of effort or cost is what the `It` announces (`It is
    // hard to say`, `It took years to build`); after others it is the verb's own (`It expected to
    // lower rates`).
    let announcesInfinitive = hasBe || Self.extrapositionVerbs.contains(tagged.lemma(verb))
    for index in (verb + 1)..<min(end, verb + Self.announcedReach) {
      if announcesInfinitive, tagged.isWord(index, "to"), tagged.upos(index + 1) == .verb { return false }
      // A `that` after a noun opens a relative clause about it: `spent the year on a tour that ended`.
      let isRelative = tagged.isWord(index, "that") && tagged.upos(index - 1) == .noun
      if !speaks, !isRelative,
        tagged.isWord(index, "that") || tagged.isWord(index, "whether") || tagged.isWord(index, "how")
      {
        return false
      }
    }
    return true
  }

  /// How far after its verb a clause or infinitive announced by `It` is looked for.
  private static let announcedReach = 8

  /// Verbs whose `It` may announce an infinitive: `It took years to build`, `It made sense to wait`.
  private static let extrapositionVerbs: Set<String> = ["take", "cost", "make"]

  /// Verbs whose `it` stands for no thing: `It seems`, `It rained`, `It turned out`.
  private static let impersonalVerbs: Set<String> = [
    "seem", "appear", "matter", "rain", "snow", "happen", "occur", "remain", "follow", "look", "sound", "feel", "turn",
  ]

  /// The noun phrase the pronoun at `pronoun` stands for: the nearest subject before it in its
  /// sentence that agrees, else the one subject of the sentence before (in the same or the
  /// previous paragraph) that agrees, none blocking; a name only when `named` (`Its`: a
  /// possessive of a common noun phrase reads badly and is often another's). Nil as soon as a
  /// clause before it in its sentence has a subject that cannot be read (`It was then that …:
  /// They had arrived`).
  private func antecedent(of pronoun: Int, plural: Bool, named: Bool, chain: Int = 0) -> Range<Int>? {
    let index = Int(tagged.sentenceOf[pronoun])
    let sentence = tagged.sentences[index]
    guard let own = subjects(in: sentence, before: pronoun) else { return nil }
    for subject in own.reversed() {
      // An object pronoun after a subject names something else than it (`The first complaint
      // reached it …`); a later subject pronoun of the same form more likely goes on with that
      // (`…, but it did not alert the regulator`): unsure.
      if (subject.upperBound..<pronoun).contains(where: { isObjectPronoun($0, plural: plural) }) { return nil }
      switch agreement(of: subject, plural: plural, named: named) {
      case .agrees: return subject
      case .blocks: return nil
      case .disagrees: continue
      }
    }
    guard index > 0 else { return nil }
    let previous = tagged.sentences[index - 1]
    guard previous.paragraph >= sentence.paragraph - 1 else { return nil }
    // A sentence before that opens with the same pronoun goes on with what that stands for: `It
    // said the offer was fair. It also warned passengers`.
    if own.isEmpty, chain < Self.pronounChainReach, !named, let earlier = openingPronoun(of: previous, plural: plural),
      refersToPhrase(earlier)
    {
      return antecedent(of: earlier, plural: plural, named: named, chain: chain + 1)
    }
    // Of several, the one that agrees with `it`; `they` may stand for `the expedition` as well.
    guard let before = subjects(in: previous, before: previous.tokens.upperBound),
      before.count == 1 || !plural else { return nil }
    var found: Range<Int>?
    for subject in before {
      switch agreement(of: subject, plural: plural, named: named) {
      case .blocks: return nil
      case .agrees where found != nil: return nil
      case .agrees: found = subject
      case .disagrees: continue
      }
    }
    guard let found, !tellsVerbOfAnother(pronoun, after: found, in: previous) else { return nil }
    return found
  }

  /// How many sentences opening with the same pronoun an `it` or `they` may go back through to
  /// what they all stand for.
  private static let pronounChainReach = 3

  /// The subject pronoun `it` (or `they` when `plural`) that opens `sentence`, past conjunctions,
  /// adverbs and quotation marks, outside any quotation.
  private func openingPronoun(of sentence: Sentence, plural: Bool) -> Int? {
    guard let first = sentence.tokens.first(where: {
      ![.cconj, .adv].contains(tagged.upos($0)) && !tagged.has($0, WordFlags.quoteMark)
    }) else { return nil }
    guard tagged.isWord(first, plural ? "they" : "it"), !(sentence.tokens.lowerBound..<first).contains(where: {
      tagged.has($0, WordFlags.quoteMark)
    }) else { return nil }
    return first
  }

  /// Whether the name at `name`, which the pronoun at `pronoun` was resolved to, passes what
  /// turns down a noun phrase: no object pronoun of the pronoun's form between, and no later verb
  /// of the pronoun's own in the sentence before (`tellsVerbOfAnother`).
  private func admits(_ name: Range<Int>, for pronoun: Int, plural: Bool) -> Bool {
    if (name.upperBound..<pronoun).contains(where: { isObjectPronoun($0, plural: plural) }) { return false }
    let sentence = Int(tagged.sentenceOf[name.lowerBound])
    guard sentence < Int(tagged.sentenceOf[pronoun]) else { return true }
    return !tellsVerbOfAnother(pronoun, after: name, in: tagged.sentences[sentence])
  }

  /// Whether the word at `index` is an object pronoun of the form a subject pronoun takes
  /// (`it` after a verb or preposition and before no verb of its own, `them`; not `said it
  /// would`).
  private func isObjectPronoun(_ index: Int, plural: Bool) -> Bool {
    if plural { return tagged.isWord(index, "them") }
    return tagged.isWord(index, "it") && index > 0 && [.verb, .adp].contains(tagged.upos(index - 1))
      && ![.verb, .aux].contains(tagged.upos(index + 1))
  }

  /// Whether the sentence before tells the verb of the pronoun at `pronoun` of something other
  /// than its subject `subject`, past the subject's own verb (`announced another event to be
  /// held on October 12. It is to be held at …`): the pronoun more likely stands for that.
  private func tellsVerbOfAnother(_ pronoun: Int, after subject: Range<Int>, in previous: Sentence) -> Bool {
    let end = tagged.sentences[Int(tagged.sentenceOf[pronoun])].tokens.upperBound
    guard let verb = (pronoun + 1..<end).first(where: { ![.adv, .aux, .part].contains(tagged.upos($0)) }),
      tagged.upos(verb) == .verb
    else { return false }
    let lemma = tagged.lemma(verb)
    guard let own = (subject.upperBound..<previous.tokens.upperBound).first(where: { tagged.upos($0) == .verb }) else {
      return false
    }
    return ((own + 1)..<previous.tokens.upperBound).contains { tagged.upos($0) == .verb && tagged.lemma($0) == lemma }
  }

  /// The subjects of the main clauses of `sentence` that start before `limit`, in order: a noun
  /// phrase right before a clause's first verb (past an opening time: `In 1978 inspectors
  /// found`), or the noun phrase set off before a clause that starts with its verb (`Rovers, who
  /// were relegated in 2023, have won`). Nil when a clause has a verb but no subject that can be
  /// read.
  func subjects(in sentence: Sentence, before limit: Int) -> [Range<Int>]? {
    let segments = SegmentSplitter(tagged: tagged, actors: actors).segments(of: sentence)
    var found: [Range<Int>] = []
    for (position, segment) in segments.enumerated() where segment.role == .main && segment.tokens.lowerBound < limit {
      var first = segment.tokens.lowerBound
      while first < limit, [.cconj, .adv].contains(tagged.upos(first)) || tagged.has(first, WordFlags.quoteMark) {
        first += 1
      }
      // A subordinate clause after the main one tells a circumstance, not what the sentence is
      // about: `The bridge was closed | after inspectors found cracks`.
      if first > sentence.tokens.lowerBound, tagged.has(first, .subordinator),
        !tagged.has(first, .preposition) || tagged.opensClauseAfterPreposition(first)
      {
        continue
      }
      guard let verb = (first..<min(limit, segment.tokens.upperBound)).first(where: { tagged.isFiniteVerb($0) }) else {
        continue
      }
      // A verb right before an auxiliary was a noun the tagger misread: `the amend commit is`.
      if tagged.upos(verb) == .verb, tagged.upos(verb + 1) == .aux { return nil }
      if verb == first {
        // A participle set off after a noun (`the Vega 4, | launched in 2021,`) has no subject of
        // its own; a noun phrase set off with a pronoun in it is no subject read surely (`cut its
        // rate, its first cut since 2020, and said it …`).
        guard let phrase = nounPhrases(before: position, in: segments)?.first else { continue }
        if phrase.contains(where: { tagged.upos($0) == .pron }) { return nil }
        if found.last != phrase { found.append(phrase) }
      } else if let phrase = subjectPhrase(before: verb, from: first) {
        found.append(phrase)
      } else {
        return nil
      }
    }
    return found
  }

  /// The noun phrase that ends right before the verb at `verb` (past adverbs and a bracketed
  /// short name: `The Competition and Markets Authority (CMA) said`) and starts at `first` or
  /// right after an opening time; nil when anything else stands before it (an object or a
  /// preposition's noun phrase) or it holds a pronoun.
  private func subjectPhrase(before verb: Int, from first: Int) -> Range<Int>? {
    var end = verb
    while end > first, tagged.upos(end - 1) == .adv { end -= 1 }
    if end - 1 > first, tagged.has(end - 1, .closeParen),
      let open = (first..<(end - 1)).last(where: { tagged.has($0, .openParen) })
    {
      end = open
    }
    var start = end
    while start > first, isSubjectWord(start - 1) || joinsNames(start - 1) { start -= 1 }
    guard start < end, [.noun, .propn].contains(tagged.upos(end - 1)) else { return nil }
    guard start == first || tagged.timeOf[start - 1] >= 0 else { return nil }
    // A word that makes a number approximate, passed over as an adverb, opens the phrase with
    // it: `About 50 protesters`.
    if start > 0, tagged.upos(start) == .num, tagged.sentenceOf[start - 1] == tagged.sentenceOf[start],
      Self.approximations.contains(where: { tagged.isWord(start - 1, $0) })
    {
      return (start - 1)..<end
    }
    return start..<end
  }

  /// Whether the word at `index` may stand inside a subject noun phrase: a determiner, adjective,
  /// noun, name or number that is no time, a possessive `’s`, or a preposition between nouns or
  /// names (`TaggedText.isPrepositionInsidePhrase`: `Schools in Cumbria`, `the Bank of England`,
  /// `Inspectors from the Water Authority`).
  private func isSubjectWord(_ index: Int) -> Bool {
    if tagged.timeOf[index] >= 0 { return false }
    if tagged.has(index, [.closeSingle, .straightSingle]) || tagged.isWord(index, "s") && tagged.isGlued(index) {
      return true
    }
    if tagged.has(index, .hyphen) { return tagged.isGlued(index) }
    if tagged.isPhrasePreposition(index) { return tagged.isPrepositionInsidePhrase(index) }
    if tagged.upos(index) == .det { return !tagged.has(index, [.personPronoun, .groupPronoun, .pronoun]) }
    return [.noun, .propn, .adj, .num].contains(tagged.upos(index)) && !isPossessivePronoun(index)
  }

  /// Words before a number that make it approximate: `About 50 protesters`, `Nearly 300 staff`.
  private static let approximations: [StaticString] = ["about", "around", "nearly", "almost", "some", "roughly", "over"]
}
