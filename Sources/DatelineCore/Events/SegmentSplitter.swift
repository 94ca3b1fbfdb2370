/// Cuts sentences into `Segment`s.
struct SegmentSplitter {
  let tagged: TaggedText
  /// The text's actors, whose names hold a list of names together where the tagger misreads a
  /// word of one (`isNameWord`).
  let actors: DocumentActors

  /// The segments of sentence `sentence`, in order.
  func segments(of sentence: Sentence) -> [Segment] {
    var segments: [Segment] = []
    var start = sentence.tokens.lowerBound
    var index = start
    let end = sentence.tokens.upperBound
    let quoted = quotedWords(in: sentence.tokens)
    while index < end {
      // A place's region or country after its comma (`Austin, Texas`) is part of its name.
      if let region = regionEnd(opening: index, limit: end) {
        index = region
        continue
      }
      if let closing = appositiveEnd(opening: index, limit: end) ?? bracketedAsideEnd(opening: index, limit: end)
        ?? coordinatedAsideEnd(opening: index, limit: end)
      {
        index = closing + 1
        continue
      }
      if tagged.has(index, WordFlags.segmentBreak), !isInsideTime(index), !joinsNumbers(index), tagged.startsWord(index),
        !isListComma(index, clause: start) || setsOffRelativeAntecedentNames(index, limit: end), !isInsideShortQuotation(index)
      {
        if start < index { append(start..<index, to: &segments) }
        start = index + 1
      } else if index > start,
        startsClause(index) && !(quoted?[index - sentence.tokens.lowerBound] ?? false)
          || resumesMainClause(at: index, relative: start, sentence: sentence.tokens.lowerBound)
          || startsDatedPredicate(at: index, after: start..<index, in: segments, end: end)
      {
        append(start..<index, to: &segments)
        start = index
      }
      index += 1
    }
    if start < end { append(start..<end, to: &segments) }
    var inOpening = true
    for position in segments.indices {
      if segments[position].role == .leading && (!inOpening || position == segments.count - 1) {
        segments[position].role = .main
      }
      if segments[position].role != .leading { inOpening = false }
    }
    return segments
  }

  /// Whether `that` at `index`, read by the tagger as a determiner, opens a clause all the same:
  /// a finite verb follows within reach before a pronoun, a second determiner or punctuation
  /// opens another phrase (`spot that status code 400 | got`, `noticed that demand for steel |
  /// fell`; not `shut down that black market in 2013`, `solving that problem | I created`,
  /// `fixing that fault | the engineers found`).
  private func opensClauseOnItsNoun(_ index: Int) -> Bool {
    var sawNoun = false
    for word in (index + 1)..<min(tagged.tokens.count, index + 1 + Self.determinedPhraseReach) {
      if tagged.isFiniteVerb(word) { return sawNoun }
      switch tagged.upos(word) {
      case .pron, .punct: return false
      case .det where sawNoun: return false
      case .noun, .propn, .num: sawNoun = true
      default: break
      }
    }
    return false
  }

  /// How many words after a determiner `that` its noun phrase and the verb of a clause it would
  /// open may reach.
  private static let determinedPhraseReach = 8

  /// Whether a new clause starts at `index` without punctuation: a relative pronoun after a noun
  /// (`movement that began`), a preposition before one (`during which`), a subordinator
  /// (`because`, `although`), or `and` before a second event verb.
  private func startsClause(_ index: Int) -> Bool {
    let info = tagged.infos[index].flags
    // A word joined to the next by a hyphen is part of a compound: `a once-in-a-lifetime find`.
    guard tagged.isLowercaseWord(index), !(tagged.has(index + 1, .hyphen) && tagged.isGlued(index + 1)) else { return false }
    // `told staff that …` reports what was said, as `said that …` and `said earlier this year
    // that …` do.
    let reports = tagged.has(index - 1, [.speechVerb, .cognitionVerb])
      || tagged.isWord(index, "that") && tagged.has(index - 2, [.speechVerb, .cognitionVerb])
      || tagged.isWord(index, "that") && tagged.has(tagged.beforeOwnTime(index), [.speechVerb, .cognitionVerb])
      || tagged.isWord(index, "that") && tagged.isThatOfReport(index)
    // `that` in a time opens no clause: `early results that night gave`.
    let inTime =
      tagged.timeOf[index] >= 0
      || tagged.isWord(index, "that") && index + 1 < tagged.timeOf.count && tagged.timeOf[index + 1] >= 0
    // A determiner `that` opens a noun phrase, no clause: `shut down | that black market`.
    let determines = tagged.isWord(index, "that") && tagged.upos(index) == .det && !opensClauseOnItsNoun(index)
    if info.contains(.relative), tagged.isLowercaseWord(index - 1) || opensSentenceAsNoun(index - 1) || followsPlaceOfRole(index),
      !tagged.has(index - 1, .functionWord), !reports, !inTime, !determines, !tagged.isSubjectOfTimeRelative(index)
    {
      return true
    }
    if info.contains(.preposition), tagged.has(index + 1, .relative), !tagged.isWord(index + 1, "that") { return true }
    // A second predicate of the same subject: `… the iPod and launched the store`.
    if tagged.isWord(index, "and") || tagged.isWord(index, "but"), tagged.isLowercaseWord(index + 1),
      tagged.upos(index + 1) == .verb, tagged.upos(index - 1) != .verb, tagged.has(index + 1, .triggerVerb)
    {
      return true
    }
    // A word that is a preposition too (`since`, `after`, `until`) starts a clause before a
    // subject and its verb: `since he assumed office`, `after hackers stole`, not `since 2004`.
    if tagged.opensClauseAfterPreposition(index), !followsComing(index) { return true }
    // One before `of` is a preposition's first word and opens a noun phrase: `because of the drug`.
    // One that is an adverb too opens a clause only where the tagger reads it so: `once the vote
    // is counted`, not `have won only once since August`.
    return info.contains(.subordinator) && !info.contains(.preposition) && !info.contains(.relative)
      && !info.contains(.question) && !info.contains(.conjunction) && !tagged.isWord(index + 1, "of")
      && (!info.contains(.adverb) || tagged.upos(index) == .sconj)
  }

  /// Whether `who` at `index` follows a name in the prepositional phrase of a noun of role, its
  /// clause ending before another verb: `an astronomer at the University of Eastvale | who led
  /// the study` tells of the astronomer; not `A teacher in Varesh who spent the night there said`,
  /// where the clause is inside the subject.
  private func followsPlaceOfRole(_ index: Int) -> Bool {
    guard tagged.isWord(index, "who"), tagged.upos(index - 1) == .propn else { return false }
    var word = index - 1
    while index - word <= Self.placeOfRoleReach, tagged.upos(word) == .propn || tagged.isWord(word, "of") || tagged.isWord(word, "the") {
      word -= 1
    }
    guard tagged.upos(word) == .adp, !tagged.isWord(word, "of"), tagged.upos(word - 1) == .noun, tagged.isLowercaseWord(word - 1)
    else { return false }
    let sentence = tagged.sentences[Int(tagged.sentenceOf[index])].tokens
    return !tagged.runsIntoMainVerb((index + 1)..<sentence.upperBound)
  }

  /// How many words the name after a noun of role's preposition may take.
  private static let placeOfRoleReach = 7

  /// Speech verbs whose object is who hears what is said: `told reporters that`.
  static let listenerVerbs: Set<String> = ["tell", "warn", "inform", "remind", "assure", "advise", "notify", "brief"]

  /// Whether `index` closely follows `come` (`The move came just days after Apple said …`): what
  /// follows tells when the subject happened, not a clause of its own.
  private func followsComing(_ index: Int) -> Bool {
    (max(0, index - 4)..<index).contains { tagged.upos($0) == .verb && tagged.lemma($0) == "come" }
  }

  /// Whether `and` or `but` at `index` joins a second predicate when each has a time of its own
  /// (`met Weber on Wednesday and is due to address the Bundestag on Thursday`, `cut 600 jobs
  /// last year and closed its factory in November`), also with a subject of its own (`will begin
  /// later this year and the factory is expected to open in 2028`): two events, each with its
  /// date. The first is the predicate `piece` goes on from (see `predicate(before:in:)`), read
  /// only at a conjunction: a segment is tested at each of its words.
  private func startsDatedPredicate(at index: Int, after piece: Range<Int>, in segments: [Segment], end: Int) -> Bool {
    guard tagged.upos(index) == .cconj, tagged.isWord(index, "and") || tagged.isWord(index, "but"),
      tagged.isLowercaseWord(index), !isInsideTime(index)
    else {
      return false
    }
    let first = predicate(before: piece, in: segments)
    var verb = index + 1
    // The second may have a subject of its own: `and the factory is expected to open in 2028`.
    while verb < end, !isTimed(verb), [.det, .adj, .noun, .propn, .num, .pron].contains(tagged.upos(verb))
      || tagged.isWord(verb, "of") || tagged.isWord(verb, "s") && tagged.isGlued(verb)
    {
      verb += 1
    }
    // After a subject of its own, the first must be a clause in `piece` itself: `Names | and
    // alternative names were formalised in 2013` is one subject.
    let before = verb > index + 1 ? piece : first
    while verb < end, tagged.upos(verb) == .adv { verb += 1 }
    guard verb < end, tagged.isFiniteVerb(verb),
      tagged.timeOf[index - 1] >= 0 || before.contains(where: isTimed) || reportsOnItsOwn(verb, end: end),
      before.contains(where: { tagged.isFiniteVerb($0) })
    else {
      return false
    }
    var word = verb + 1
    while word < end, !tagged.has(word, WordFlags.segmentBreak) {
      if isTimed(word) { return true }
      word += 1
    }
    return false
  }

  private func isTimed(_ index: Int) -> Bool { tagged.timeOf[index] >= 0 }

  /// Whether the second predicate is a statement (`remanded him in custody and said he would be
  /// sentenced on 20 December`): a time in what it reports tells when the reported happening is,
  /// never when the first predicate was, so the two are cut even when the first has no time.
  private func reportsOnItsOwn(_ verb: Int, end: Int) -> Bool {
    tagged.has(verb, .speechVerb) && SpeakingVerb(tagged: tagged).speaks(verb, in: verb..<end)
  }

  /// The predicate that `piece` goes on from: the piece itself, or, when it is a noun phrase
  /// without a verb set off by a comma right after the last segment (`backdated to June 3, 2024,
  /// the date of his suspension, and runs until …`), that segment with it.
  private func predicate(before piece: Range<Int>, in segments: [Segment]) -> Range<Int> {
    guard let last = segments.last?.tokens, piece.lowerBound > 0, tagged.has(piece.lowerBound - 1, .comma),
      last.upperBound <= piece.lowerBound - 1, tagged.sentenceOf[last.lowerBound] == tagged.sentenceOf[piece.lowerBound],
      !piece.contains(where: { [.verb, .aux].contains(tagged.upos($0)) || tagged.has($0, [.relative, .subordinator]) }),
      piece.contains(where: { [.noun, .propn].contains(tagged.upos($0)) })
    else {
      return piece
    }
    return last.lowerBound..<piece.upperBound
  }

  /// Whether the dash at `index` stands between two numbers of its sentence, as in a score or a
  /// vote (`defeated Panama 3 – 0`), which it does not cut.
  func joinsNumbers(_ index: Int) -> Bool {
    guard index > 0, index + 1 < tagged.tokens.count, tagged.has(index, .dash),
      tagged.tokens[index - 1].kind == .number, tagged.tokens[index + 1].kind == .number
    else { return false }
    return tagged.sentenceOf[index - 1] == tagged.sentenceOf[index + 1]
  }

  /// Whether the punctuation at `index` belongs to a temporal expression (`June 2, 2020`).
  func isInsideTime(_ index: Int) -> Bool {
    let time = tagged.timeOf[index]
    return time >= 0
      || (index > 0 && index + 1 < tagged.timeOf.count && tagged.timeOf[index - 1] >= 0
        && tagged.timeOf[index - 1] == tagged.timeOf[index + 1])
  }

  private func role(of piece: Range<Int>) -> Segment.Role {
    let first = piece.lowerBound
    let flags = tagged.infos[first].flags
    if flags.contains(.relative), !tagged.isWord(first, "what"), !tagged.isSentenceInitial(first) { return .relative }
    if flags.contains(.preposition), tagged.has(first + 1, .relative) { return .relative }
    if tagged.isLowercaseWord(first), tagged.endsWith(first, "ing"), !flags.contains(.preposition),
      first > 0, tagged.has(first - 1, .comma)
    {
      return .participle
    }
    if !flags.isDisjoint(with: [.preposition, .adverb, .subordinator, .conjunction]) { return .leading }
    if tagged.timeOf[first] >= 0 { return .leading }
    // An adverb opening a dated phrase with no verb is an opening adverbial too: `Shortly after
    // midnight,`, `Late on Sunday,`.
    if tagged.upos(first) == .adv, piece.contains(where: { tagged.timeOf[$0] >= 0 }),
      !piece.contains(where: { tagged.upos($0) == .verb || tagged.upos($0) == .aux })
    {
      return .leading
    }
    // A dated present participle opening the sentence sets the time of the clause after it:
    // `Speaking in Brussels on Thursday, he said …`.
    if tagged.opensWithPresentParticiple(first), piece.contains(where: { tagged.timeOf[$0] >= 0 }) { return .leading }
    return .main
  }

  /// Adds `piece` to `segments` without the punctuation at its ends, unless nothing else is left,
  /// with the role its words give it.
  private func append(_ piece: Range<Int>, to segments: inout [Segment]) {
    let trimmed = trimmed(piece)
    if !trimmed.isEmpty { segments.append(Segment(tokens: trimmed, role: role(of: trimmed))) }
  }

  private func trimmed(_ piece: Range<Int>) -> Range<Int> {
    var lower = piece.lowerBound
    var upper = piece.upperBound
    while lower < upper, isSkippable(lower) { lower += 1 }
    while upper > lower, isSkippable(upper - 1), !tagged.isPercentSign(upper - 1) { upper -= 1 }
    // A conjunction before an aside set off by commas goes with what follows the aside: `cut 300
    // jobs and, in May, closed two branches` is two predicates, not one ending in `and`.
    if upper - lower > 1, upper < tagged.tokens.count, tagged.has(upper, .comma), tagged.upos(upper - 1) == .cconj {
      upper -= 1
    }
    return lower..<upper
  }


  private func isSkippable(_ index: Int) -> Bool {
    tagged.tokens[index].kind == .punctuation && !tagged.has(index, WordFlags.quoteMark.union([.hyphen]))
  }
}
