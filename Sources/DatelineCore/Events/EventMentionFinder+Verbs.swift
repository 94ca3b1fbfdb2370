/// The verbs of a clause: the event verb and its kind, the verb whose tense the clause has, and
/// the shapes of clause that tell no event of their own (an interruption, a comparison).
extension EventMentionFinder {
  /// Whether `segment` is a participle of a result with a time of its own (`…, prompting the
  /// union to strike in 2012`): an event apart, whose actors are not the clause's before it.
  func isDatedResult(_ segment: Segment) -> Bool {
    tagged.resultParticiple(opening: segment.tokens) != nil && !clauseTimes.times(in: segment.tokens).isEmpty
  }

  /// Whether a clause opens with `compared with` or `compared to` (`compared with a profit of £95m
  /// the year before`): the figure it sets beside the clause before, not a happening.
  func isComparison(_ range: Range<Int>) -> Bool {
    let first = range.lowerBound
    return range.count > 2 && tagged.upos(first) == .verb && tagged.endsWith(first, "ed")
      && (tagged.isWord(first + 1, "with") || tagged.isWord(first + 1, "to")) && tagged.lemma(first) == "compare"
  }

  /// Whether time `time`, reported after speech verb `speech`, is told by a finite verb between
  /// them (`said demand recovered in March`), not only by a gerund or an infinitive (`accused
  /// them of slashing funds from next year's budget`), and modifies no noun: then it dates a
  /// statement whose report is no clause of its own. Neither a possessive (`next year's
  /// budget`) nor the participle of a compound (`opposition-controlled`) counts, nor a verb of
  /// what may come (`warned levels could keep rising until Friday`: the warning is not of Friday).
  func isToldByFiniteVerb(_ time: Int, after speech: Int) -> Bool {
    let tokens = tagged.tokens(ofTime: time)
    guard !TriggerReader(tagged: tagged).modifiesNoun(tokens), !tagged.isPossessive(after: tokens.upperBound),
      tokens.lowerBound > speech + 1
    else { return false }
    return (speech + 1..<tokens.lowerBound).contains { index in
      tagged.isFiniteVerb(index) && tagged.upos(index) == .verb && !tagged.isWord(index - 1, "to")
        && !(tagged.isGlued(index) && tagged.has(index - 1, .hyphen)) && ClauseTense.of(verb: index, in: tagged) != .future
    }
  }

  /// The verb that tells what a report tells as an event, with its kind; nil when it tells none.
  func contentVerb(of report: ReportedClause, reader: TriggerReader) -> (token: Int, kind: Event.Kind, isPlural: Bool)? {
    var objects: [Int] = []
    return eventVerb(in: report.content, reader: reader, objects: &objects)
      ?? scheduled.verb(in: report.content, times: clauseTimes.times(in: report.content)).map { ($0, kindOfLemma($0), false) }
  }

  /// The first event verb of a segment, with its kind (a light verb's object gives the kind). The
  /// verb of a relative clause written without its relative word after the object of a verb
  /// before it (`restored the bonus it had cut`) tells what the object is, not the segment's
  /// event; after an opening phrase, the pronoun is the clause's subject (`During his speech he
  /// stated`).
  func eventVerb(
    in range: Range<Int>, reader: TriggerReader, objects: inout [Int]
  ) -> (token: Int, kind: Event.Kind, isPlural: Bool)? {
    // What a speaker says (`said the government had lost its authority`) does not give the kind.
    let speaking = SpeakingVerb(tagged: tagged)
    // A verb whose object names an event says nothing: `called a snap election`, `called a strike`.
    let namesEvent = { (index: Int) in
      tagged.has(index, .lightVerb) && reader.object(ofLightVerb: index, limit: range.upperBound) != nil
    }
    // A verb of statement that the words beside it make an act tells none (`declared a state of
    // emergency`).
    let isAct = { (index: Int) in
      tagged.infos[index].eventKind == .statement && tagged.eventKind(at: index) != .statement
    }
    let speech = range.first {
      tagged.has($0, .speechVerb) && reader.isClauseVerb($0) && !namesEvent($0) && !isAct($0) && speaking.speaks($0, in: range)
    }
    let isInRelative = { (index: Int) in
      clauseTimes.isZeroRelativeVerb(index, in: range) && (range.lowerBound..<index).contains { reader.isClauseVerb($0) }
    }
    for index in range.lowerBound..<(speech ?? range.upperBound)
    where tagged.has(index, [.triggerVerb, .lightVerb]) && reader.isEventVerb(index)
      && !isInRelative(index)
    {
      if isPending(index, in: range) { return nil }
      if tagged.has(index, .lightVerb), let object = reader.object(ofLightVerb: index, limit: range.upperBound) {
        objects.append(object)
        return (index, tagged.eventKind(at: object) ?? .other, reader.isPlural(object))
      }
      if tagged.has(index, .triggerVerb) { return (index, tagged.eventKind(at: index) ?? .other, false) }
    }
    let isCondition = tagged.isWord(range.lowerBound, "if") || tagged.isWord(range.lowerBound, "unless")
    for index in range
    where !isCondition && reader.isClauseVerb(index) && !isInRelative(index) && !tagged.isVerbOfTimeRelative(index) {
      if isPending(index, in: range) { return nil }
      if tagged.has(index, .speechVerb), !namesEvent(index), !isAct(index), speaking.speaks(index, in: range) {
        return (index, .statement, false)
      }
      let lemmaKind = kindOfLemma(index)
      let own = lemmaKind == .other ? kindNamedWithWhat(index) ?? lemmaKind : lemmaKind
      return (index, own == .other ? complementKind(of: index, in: range) ?? own : own, false)
    }
    return nil
  }

  /// Whether the clause verb at `verb` tells, in the present, what a clause of time waits for
  /// (`until the phones are replaced`, `once repairs are finished`, `before the vote is counted`):
  /// English tells what is to come there in the present, so, with no time of its own, it has not
  /// happened and is no event. In the past it is one (`until the firm collapsed in 2009`), unless a
  /// modal or a verb of wish governs it (`waitsOnWish`) and it is not opened by `after`; one with a
  /// time is one (`before the vote is held on Sunday`).
  private func isPending(_ verb: Int, in range: Range<Int>) -> Bool {
    let opener = range.lowerBound
    guard Self.pendingOpeners.contains(where: { tagged.isWord(opener, $0) }), tagged.isLowercaseWord(opener) else {
      return false
    }
    // Only the clause's first verb tells its tense: `after which client B may make a request
    // attempting to change it` is not told in the present.
    guard !((opener + 1)..<verb).contains(where: {
      tagged.has($0, .modal) || ClauseTense.isLowercaseMay($0, in: tagged) || tagged.upos($0) == .verb
    }) else {
      return false
    }
    guard clauseTimes.times(in: range).isEmpty else { return false }
    // `would cut 2,400 jobs after annual profit fell`: what came before the wish is its cause.
    return ClauseTense.of(verb: verb, in: tagged) == .present || !tagged.isWord(opener, "after") && waitsOnWish(before: opener)
  }

  /// Whether a modal or a verb of wish shortly before the subordinator at `opener`, in its
  /// sentence, governs its clause: in `said it would wait for the report before it decided` or
  /// `wanted more evidence that inflation was falling before it cut`, the past tense only follows
  /// the speech or the wish, and nothing has happened (`waited until the company agreed` tells
  /// that it did).
  private func waitsOnWish(before opener: Int) -> Bool {
    let start = tagged.sentences[Int(tagged.sentenceOf[opener])].tokens.lowerBound
    var index = opener - 1
    while index >= max(start, opener - Self.wishReach), !tagged.has(index, [.semicolon, .terminal]) {
      if Self.pastModals.contains(where: { tagged.isWord(index, $0) }) { return true }
      if tagged.upos(index) == .verb, Self.wishVerbs.contains(tagged.lemma(index)) { return true }
      index -= 1
    }
    return false
  }

  /// How many tokens before a subordinator of time a modal or a verb of wish governs its clause.
  private static let wishReach = 20

  /// The modals that tell, in a past story, what was to come or might be.
  private static let pastModals: [StaticString] = ["would", "could", "might", "should"]

  /// Verbs of wish or demand, whose clauses tell what is wanted, not what happened.
  private static let wishVerbs: Set<String> = [
    "want", "need", "hope", "wish", "plan", "intend", "aim", "seek", "expect", "demand", "insist", "prefer", "urge",
  ]

  /// The subordinators of time whose clause, told in the present, waits for what it tells.
  private static let pendingOpeners: [StaticString] = ["until", "till", "once", "before", "after"]

  /// The kind the verb at `index` names when it is a form the lexicon lists with no part of
  /// speech, followed by `with` and what it names, past its object: then it names its clause's
  /// kind (`was charged with assault`, `charged him with fraud`; not `charged what the rate card
  /// said`).
  private func kindNamedWithWhat(_ index: Int) -> Event.Kind? {
    guard let kind = tagged.namedKind(index) else { return nil }
    var next = index + 1
    while [.pron, .propn].contains(tagged.upos(next)) { next += 1 }
    return tagged.isWord(next, "with") ? kind : nil
  }

  /// How many words after a verb of no kind are read for the word that completes it.
  static let complementReach = 4

  /// The kind of a word that only names a kind in the lexicon (no event verb or noun of its own:
  /// `guilty`, which the tagger may read as a noun after an object; not the object itself,
  /// `changed form`) and completes the verb at `verb`, within `complementReach` words past its
  /// object (a pronoun or a name, with an age set off after it) and adverbs: `pleaded guilty`,
  /// `found him guilty of arson`, `found Ivo Brandt, 44, guilty` and `was found guilty` are
  /// court events. Nil when there is none.
  func complementKind(of verb: Int, in range: Range<Int>) -> Event.Kind? {
    var index = verb + 1
    var read = 0
    // A passive participle has no object: the noun right after it completes it.
    let hasObject = !tagged.isPassiveParticiple(verb)
    while index < range.upperBound, read < Self.complementReach {
      let isComplement = tagged.upos(index) == .adj || tagged.upos(index) == .noun && (index > verb + 1 || !hasObject)
      if isComplement, let kind = tagged.namedKind(index) { return kind }
      let setsOffAge = tagged.has(index, .comma) && tagged.upos(index + 1) == .num && tagged.has(index + 2, .comma)
      if setsOffAge {
        index += 3
        continue
      }
      guard [.pron, .propn, .adj, .adv].contains(tagged.upos(index)) else { return nil }
      index += 1
      read += 1
    }
    return nil
  }

  /// The kind of the event noun that is the subject of the verb at `verb`, a verb of no kind that
  /// tells how the event went (`The outbreak began in the camps` is a disaster, `The walkout
  /// ended` a protest): the noun right before it, past adverbs and auxiliaries, in a noun phrase
  /// that no preposition opens (`news of the attack reached the capital` tells of the news). Nil
  /// when there is none, it is of no known kind, a statement (`the statements escalated`) or a
  /// founding, whose noun names a thing as often (`their creation expanded`, `his form appeared`), or
  /// the verb has an object, a happening of its own (`Virtual meetings have increased the
  /// demand`). A dated clause takes the kind of its event words instead, or stands for the dated
  /// noun it holds.
  func subjectKind(of verb: Int, in range: Range<Int>) -> Event.Kind? {
    var head = verb - 1
    while head > range.lowerBound, tagged.upos(head) == .adv || tagged.upos(head) == .aux { head -= 1 }
    var after = verb + 1
    while after < range.upperBound, tagged.upos(after) == .adv { after += 1 }
    guard range.contains(head), tagged.upos(head) == .noun, tagged.isLowercaseWord(head),
      let kind = tagged.eventKind(at: head), ![.other, .statement, .founding].contains(kind),
      after == range.upperBound || ![.det, .noun, .propn, .num, .pron, .adj].contains(tagged.upos(after))
    else { return nil }
    var start = head
    while start > range.lowerBound, [.det, .adj, .noun, .num].contains(tagged.upos(start - 1)) { start -= 1 }
    guard !isRelative(start..<(head + 1)), start == 0 || !tagged.has(start - 1, .preposition) else { return nil }
    return kind
  }

  /// The first token of `range` that is not a quotation mark: a report after a quotation
  /// (`…,” said Jobs`) starts with the closing mark.
  func firstWord(of range: Range<Int>) -> Int {
    range.first { !tagged.has($0, WordFlags.quoteMark) } ?? range.lowerBound
  }

  /// Whether segment `position` opens with a verb and the next segment of the main clause does
  /// too: a participle between a subject and its verb.
  func isInterruption(_ position: Int, in segments: [Segment]) -> Bool {
    guard position + 1 < segments.count, segments[position + 1].role == .main else { return false }
    let opensWithVerb = { (segment: Segment) -> Bool in
      var first = segment.tokens.lowerBound
      while tagged.upos(first) == .adv { first += 1 }
      return tagged.upos(first) == .verb || tagged.upos(first) == .aux
    }
    return opensWithVerb(segments[position]) && opensWithVerb(segments[position + 1])
  }

  /// The verb whose tense a clause has: its event verb, else its first clause verb (a dated
  /// clause whose kind came from an event word: `gave his keynote on Monday`; one whose event
  /// word is the dated noun of its object: `agreed a border deal on Sunday` is told in the past),
  /// else a past form the tagger read as a noun between names (`Carlow Athletic beat Harbour
  /// Rovers 2-1 on Saturday`), else the event word.
  func tenseVerb(_ verb: Int?, in range: Range<Int>) -> Int? {
    if let verb, [.verb, .aux].contains(tagged.upos(verb)) {
      return governingVerb(ofParticiple: verb, in: range) ?? finiteVerb(afterParticiple: verb, in: range) ?? verb
    }
    let reader = TriggerReader(tagged: tagged)
    return range.first { reader.isClauseVerb($0) } ?? pastReadAsNoun(in: range) ?? verb
  }

  /// The finite verb of `range` before `verb` when `verb` is a past participle that follows a
  /// noun or pronoun with no auxiliary, modifying it (`appear to be purer than those found on the
  /// street`): the participle tells no tense of the clause; its verb does. Not a past after a
  /// relative `that` (`the team that found the drugs`), nor one a verb of saying reports. Read
  /// back from the participle to the nearest verb that is no infinitive.
  private func governingVerb(ofParticiple verb: Int, in range: Range<Int>) -> Int? {
    let before = verb - 1
    guard before > range.lowerBound, tagged.isLowercaseWord(verb), tagged.has(verb, .pastVerb) || tagged.endsWith(verb, "ed"),
      [.noun, .pron, .det].contains(tagged.upos(before)),
      !(tagged.isWord(before, "that") && [.noun, .propn].contains(tagged.upos(before - 1)))
    else { return nil }
    var index = before - 1
    while index >= range.lowerBound {
      if tagged.upos(index) == .aux || tagged.upos(index) == .verb {
        // What a verb of saying or knowing reports has a verb of its own: `says police found`.
        if tagged.has(index, [.speechVerb, .cognitionVerb]) { return nil }
        if tagged.isFiniteVerb(index), !tagged.isWord(index - 1, "to") { return index }
        if !tagged.isWord(index - 1, "to") { return nil }
      }
      index -= 1
    }
    return nil
  }

  /// Whether the word at `index` is an event verb of the lexicons, not one found by its part of
  /// speech alone.
  func isListed(_ index: Int) -> Bool { tagged.has(index, [.triggerVerb, .lightVerb]) }

  /// Whether the event word at `index` is read as a verb after an auxiliary or an infinitive's
  /// `to`, perhaps past adverbs (`Nurses will vote in March`, `plan to strike on Friday`, `will
  /// not protest`): the verb of its clause, not a noun with a date of its own, which took the
  /// clause's time and left the clause told again without it.
  func isVerbAfterAuxiliary(_ index: Int) -> Bool {
    guard tagged.upos(index) == .verb else { return false }
    var before = index - 1
    while before >= 0, tagged.upos(before) == .adv || tagged.isWord(before, "not") { before -= 1 }
    return before >= 0 && (tagged.upos(before) == .aux || tagged.upos(before) == .part && tagged.isWord(before, "to"))
  }
}
