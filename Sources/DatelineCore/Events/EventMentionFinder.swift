/// Finds the event mentions of one sentence, segment by segment: a verb that carries an event,
/// a clause with a date, a noun phrase with its own date, and definite references to events told
/// before. Dates of opening adverbials (`In May 2020,`) go to the clause after them.
struct EventMentionFinder {
  let tagged: TaggedText
  let actors: DocumentActors
  let scan: QuoteScan
  private let anchors: EventAnchorFinder
  let clauseActors: EventActors
  let summarizer: EventSummarizer
  let clauseTimes: ClauseTimes
  private let productState: ProductState
  let scheduled: ScheduledClause

  /// A finder over `tagged`, with its actors, quotations and pronoun resolver.
  init(tagged: TaggedText, actors: DocumentActors, scan: QuoteScan, pronouns: PronounResolver) {
    self.tagged = tagged
    self.actors = actors
    self.scan = scan
    anchors = EventAnchorFinder(tagged: tagged)
    clauseActors = EventActors(
      tagged: tagged, actors: actors, pronouns: pronouns, quotes: scan,
      definite: DefiniteReference(tagged: tagged, actors: actors, quotes: scan))
    summarizer = EventSummarizer(tagged: tagged, actors: actors)
    clauseTimes = ClauseTimes(tagged: tagged, scan: scan)
    productState = ProductState(tagged: tagged, actors: actors, pronouns: pronouns)
    scheduled = ScheduledClause(tagged: tagged)
  }

  /// The mentions of `sentence`, in text order. `recentGroup` is the group last found as the
  /// subject of an event (with its sentence); it is updated here.
  func mentions(in sentence: Sentence, recentGroup: inout (sentence: Int, actor: Int)?) -> [EventMention] {
    let index = Int(tagged.sentenceOf[sentence.tokens.lowerBound])
    if let recent = recentGroup, index - recent.sentence > 1 { recentGroup = nil }
    guard tellsOfEvents(sentence), !asksAQuestion(sentence) else { return [] }
    let segments = SegmentSplitter(tagged: tagged, actors: actors).segments(of: sentence)
    let reader = TriggerReader(tagged: tagged)
    var found: [EventMention] = []
    var verbs: [Int: (token: Int, kind: Event.Kind, isPlural: Bool)] = [:]
    // Verbs, dates, reported speech and a product's state are kept by segment position for the
    // clauses that have them (a list with a slot for every segment took 112 bytes a segment, 56 MB
    // for a sentence of 500,000 clauses).
    var dates: [Int: EventMention.DateSource] = [:]
    var reports: [Int: ReportedClause] = [:]
    var stateVerbs: [Int: Int] = [:]
    // Read once for the sentence: read again for each clause, a sentence of many clauses took
    // time growing with the square of its length.
    var sentenceHasEventNoun: Bool?
    for (position, segment) in segments.enumerated() {
      var objects: [Int] = []
      let segmentTimes = clauseTimes.times(in: segment.tokens)
      var verb = eventVerb(in: segment.tokens, reader: reader, objects: &objects)
      var scheduledVerb = verb == nil ? scheduled.verb(in: segment.tokens, times: segmentTimes) : nil
      // A result set off after its clause with a time of its own (`…, prompting the union to
      // strike in 2012`) is a later happening of that time.
      if verb == nil, scheduledVerb == nil, segment.role == .participle, !segmentTimes.isEmpty {
        scheduledVerb = tagged.resultParticiple(opening: segment.tokens)
      }
      // A future with a time of its own that could not be placed (`will open a lane next month`
      // in a text with no date) is an event all the same, of no known day, as a past one is.
      if verb == nil, scheduledVerb == nil, segmentTimes.isEmpty {
        scheduledVerb = scheduled.verb(in: segment.tokens, times: clauseTimes.unplacedTimes(in: segment.tokens))
      }
      // A plan or offer told in the present may take its time from the participle set off after
      // it (`plans a trial of the drug, starting in the autumn`).
      var participleTime: Int?
      if verb == nil, scheduledVerb == nil, segmentTimes.isEmpty, segment.role == .main, position + 1 < segments.count,
        segments[position + 1].role == .participle
      {
        let times = clauseTimes.times(in: segments[position + 1].tokens)
        scheduledVerb = scheduled.verb(in: segment.tokens, participle: segments[position + 1].tokens, times: times)
        participleTime = scheduledVerb.flatMap { _ in times.first }
      }
      // A forecast may take its time from the opening adverbial (`For FY2026, Haldorf expects …`).
      if verb == nil, scheduledVerb == nil, segmentTimes.isEmpty, segment.role == .main, position > 0,
        segments[position - 1].role == .leading
      {
        let opening = segments[position - 1].tokens
        scheduledVerb = scheduled.verb(in: segment.tokens, opening: opening, times: clauseTimes.times(in: opening))
      }
      if let scheduledVerb { verb = (scheduledVerb, kindOfLemma(scheduledVerb), false) }
      // A judgement set after what it tells (`…, an inquiry concluded on Tuesday`, `…, judges
      // decided on Wednesday`) is a report, as a saying is: its day is the day of what it tells.
      if position > 0, segment.role == .main, !segmentTimes.isEmpty, let finding = summarizer.reportVerb(in: segment.tokens),
        Self.judgementVerbs.contains(tagged.lemma(finding)), verb.map({ $0.token == finding }) ?? true,
        summarizer.isBareReport(segment.tokens)
      {
        verb = (finding, .statement, false)
      }
      let state = verb == nil && segment.role == .main ? productState.verb(in: segment.tokens) : nil
      if let state { verb = (state, .other, false) }
      if let state { stateVerbs[position] = state }
      let before = found.count
      let consumed = nounMentions(in: segment.tokens, objects: objects, reader: reader, into: &found)
      if let reference = openingReference(in: segment, reader: reader) { found.append(reference) }
      if isTrailingParticipleModifier(position, in: segments) { continue }
      // An opening adverbial that places the clause at a dated event (`At Sunday’s rally,`,
      // `During the Nov. 7 attack,`) dates the clause too; `After the attack,` does not.
      let occasion = segment.role == .leading && clauseTimes.isOccasion(segment.tokens.lowerBound)
      let report = verb.flatMap {
        ReportedClause.find(
          verb: $0.token, in: segment.tokens, times: segmentTimes, tagged: tagged, clauseTimes: clauseTimes)
      }
      if let report { verb = (report.speech, .statement, false) }
      if let report { reports[position] = report }
      // What a statement reports (`said his company sold 13.7 million Macs last year`) does not
      // date the statement when it is an event of its own; else the statement, whose summary
      // tells it, takes its time. Nor does the deadline of what a verb commits to (`promised to
      // build 100,000 homes by 2030`).
      let own = segmentTimes.first { time in
        guard occasion || !consumed.contains(time) else { return false }
        guard let verb else { return true }
        if clauseTimes.isDeadlineOfComplement(time, after: verb.token, in: segment.tokens) { return false }
        guard clauseTimes.isReported(time, after: verb.token, in: segment.tokens) else { return true }
        return report == nil && isToldByFiniteVerb(time, after: verb.token)
      }
      let time = own.map { clauseTimes.narrowingTime(after: $0, in: segment.tokens) ?? $0 }
      var date: EventMention.DateSource? =
        anchors.times(in: segment.tokens).first { time == nil || tagged.has($0.anchorNoun, .triggerNoun) }.map { .anchored($0) }
        ?? (time ?? participleTime).map { .expression($0) }
      // A dated clause whose verb is of no known kind, in a sentence with event words, takes its
      // kind from them (`the protest movement that began in October 2019`), as a clause without
      // a verb does.
      // A future keeps its verb, with the kind of an event word in its clause (`The storm could
      // reach the coast on Sunday`): without the verb, only a past clause is an event.
      let takesKind =
        date != nil && verb.map { $0.kind == .other && !isListed($0.token) && !isOwnClause($0.token, in: segment.tokens) } == true
      let hasOwnWord = takesKind && hasEventWord(segment.tokens)
      if takesKind, !hasOwnWord, sentenceHasEventNoun == nil { sentenceHasEventNoun = hasEventNoun(sentence.tokens) }
      if takesKind, hasOwnWord || sentenceHasEventNoun == true {
        let own = scheduledVerb.map { _ in nearestKind(to: segment.tokens, among: eventWords(in: sentence)) }
        verb = scheduledVerb.map { ($0, own?.isSolid == true ? own?.kind ?? .other : .other, false) }
      }
      if date == nil, verb != nil { foldDatedNoun(into: &verb, date: &date, found: &found, from: before) }
      if date == nil, let clauseVerb = verb, clauseVerb.kind == .other, !isListed(clauseVerb.token),
        let kind = subjectKind(of: clauseVerb.token, in: segment.tokens)
      {
        verb = (clauseVerb.token, kind, clauseVerb.isPlural)
      }
      if let verb { verbs[position] = verb }
      if let date { dates[position] = date }
    }
    clauseTimes.giveTrailingDates(of: segments, verbs: verbs, dates: &dates)
    clauseTimes.giveTimesOfParticipleClauses(of: segments, verbs: verbs, dates: &dates)
    clauseTimes.giveStartsOfParticipleClauses(of: segments, verbs: verbs, dates: &dates)
    clauseTimes.giveTimesToWhenClauses(of: segments, dates: &dates)
    var verbFrom = [Bool](repeating: false, count: segments.count + 1)
    for position in segments.indices.reversed() { verbFrom[position] = verbs[position] != nil || verbFrom[position + 1] }
    var carried: (date: EventMention.DateSource, from: Int)?
    var eventWordsOfSentence: [Int]?
    for (position, segment) in segments.enumerated() {
      var date = dates[position]
      var evidence = segment.tokens
      if segment.role == .leading,
        verbs[position] == nil || date != nil && tagged.opensWithPresentParticiple(segment.tokens.lowerBound)
          || namesMediumOfReport(position, in: segments, verbs: verbs, reports: reports)
      {
        // Of several opening adverbials (`Yesterday, at this year’s conference,`), the one that
        // dates the clause best goes on.
        if let own = date, carried.map({ clauseTimes.opening(own, datesBetterThan: $0.date) }) ?? true {
          carried = (own, carried?.from ?? segment.tokens.lowerBound)
        }
        continue
      }
      let verbLater = verbFrom[position]
      // An opening adverbial dates the clause unless the clause has a date of its own that is
      // no mere modifier of a noun (`the 2011 version`).
      if let pending = carried, segment.role == .main, verbs[position] != nil || !verbLater,
        date.map({ clauseTimes.opening(pending.date, outranks: $0) }) ?? true
      {
        date = pending.date
        evidence = pending.from..<segment.tokens.upperBound
        carried = nil
      }
      // A main clause with no event verb tells one by its time (`Customers were unable to pay on
      // Tuesday`), also when the text gives no date to place that time on: of no known day, when
      // it opens with the noun phrase it is about (not `It was Sunday`, `In the morning …`).
      let isTimed =
        date != nil || segment.role == .main && [.det, .noun, .propn, .num].contains(tagged.upos(evidence.lowerBound))
          && clauseTimes.namesUnplacedTime(in: evidence)
      guard verbs[position] != nil || (isTimed && tellsOfThePast(evidence) && !clauseTimes.isOnlyTime(evidence)),
        !scan.isQuoted(firstWord(of: segment.tokens))
      else {
        continue
      }
      if eventWordsOfSentence == nil { eventWordsOfSentence = eventWords(in: sentence) }
      let clause = Clause(
        segments: segments, position: position, sentence: sentence, evidence: evidence,
        eventWords: eventWordsOfSentence ?? [])
      let verb = verbs[position]
      let isState = stateVerbs[position] != nil && verb?.token == stateVerbs[position]
      // What a report tells that is no event of its own dates the statement that tells it.
      if date == nil, let report = reports[position], contentVerb(of: report, reader: reader) == nil,
        isToldByFiniteVerb(report.time, after: report.speech)
      {
        date = .expression(report.time)
      }
      if let mention = mention(
        of: clause, verb: verb, date: date, isState: isState, recentGroup: &recentGroup),
        reports[position] != nil || !foldsTrailingReport(mention, segment: segment, segments: segments, into: &found)
      {
        found.append(mention)
        if case .expression(let time)? = mention.date, let second = clauseTimes.coordinatedTime(after: time, in: segment.tokens) {
          var again = mention
          again.date = .expression(second)
          found.append(again)
        }
      }
      if let report = reports[position],
        var mention = reported(report, of: clause, reader: reader, recentGroup: &recentGroup)
      {
        foldDatedNoun(into: &mention, report: report.content, found: &found)
        found.append(mention)
      }
    }
    // Sorted in place, and only when out of order (they seldom are): a sorted copy held a second
    // list of the mentions of a sentence of 25,000 relative clauses (4 MB) beside the first.
    if !found.isEmpty, zip(found, found.dropFirst()).contains(where: { $1.trigger < $0.trigger }) {
      found.sort { $0.trigger < $1.trigger }
    }
    return found
  }

  /// A segment that tells an event, with the sentence around it.
  struct Clause {
    var segments: [Segment]
    var position: Int
    var sentence: Sentence
    var evidence: Range<Int>
    var eventWords: [Int]
    var segment: Segment { segments[position] }
  }
}
