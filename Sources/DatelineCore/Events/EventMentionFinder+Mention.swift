/// The mention one clause gives, and the mention of what a report in it tells.
extension EventMentionFinder {
  /// The mention a clause gives, with its subject, actors, kind and summary; nil for a fragment.
  func mention(
    of clause: Clause, verb: (token: Int, kind: Event.Kind, isPlural: Bool)?, date: EventMention.DateSource?,
    isState: Bool = false, recentGroup: inout (sentence: Int, actor: Int)?
  ) -> EventMention? {
    let segments = clause.segments
    let position = clause.position
    let range = clause.segment.tokens
    var subject = clauseActors.subject(
      of: position, in: segments, sentence: clause.sentence, recentGroup: recentGroup?.actor)
    // A later predicate of a list is about the subject of the first.
    let coordinated = summarizer.coordinatedSubject(of: position, in: segments)
    if let coordinated {
      subject = clauseActors.subject(named: coordinated, recentGroup: recentGroup?.actor).map { ($0, nil) }
    }
    if let actor = subject?.actor, [.group, .organization].contains(actors.actors[actor].kind) {
      recentGroup = (Int(tagged.sentenceOf[range.lowerBound]), actor)
    }
    let subjectSegment = subject?.tokens.flatMap { tokens in
      segments.firstIndex { $0.tokens.contains(tokens.lowerBound) }
    }
    var between = subjectSegment.map { $0 < position ? segments[($0 + 1)..<position].map(\.tokens) : [] } ?? []
    // The second of two names joined as the subject takes part too (`, Roy Staines and Kevin
    // Dorr, were given`).
    if let tokens = subject?.tokens, case let joined = summarizer.withJoinedName(tokens, ofAnyKind: true), joined != tokens {
      between.append(joined)
    }
    // The speaker of a report set off before the clause's verb told it: `Officers, | Mia Kvist
    // said, | had been told`.
    if summarizer.interposedReportSubject(of: position, in: segments) != nil,
      !between.contains(segments[position - 1].tokens)
    {
      between.append(segments[position - 1].tokens)
    }
    let participles = segments[(position + 1)...].prefix { $0.role == .participle && !isDatedResult($0) || isName($0) }
      .map(\.tokens)
    var guess = nearestKind(to: range, among: clause.eventWords)
    // Clauses joined by a semicolon tell their own happenings: `married X in 1968; he died in
    // 2015` gives the marriage no kind from the death.
    if let token = guess.token, !guess.isSolid,
      (min(token, range.lowerBound)..<max(token, range.upperBound)).contains(where: { tagged.has($0, .semicolon) })
    {
      guess = (.other, nil, false)
    }
    let origin: EventMention.Origin =
      verb != nil ? .verb : guess.isSolid || isAbout(clause.segment, guess) ? .datedSolid : .dated
    let evidenceStart = min(clause.evidence.lowerBound, subject?.tokens?.lowerBound ?? clause.evidence.lowerBound)
    let summary = summarizer.summary(
      of: clause.segment, in: segments, position: position, subject: subject?.tokens, coordinated: coordinated)
    // A clause that names neither what it is about nor when is a fragment, not an event; so is a
    // participle set between a subject and its verb (`The airline, owned by Halcyon, told …`),
    // and one that compares with another time (`…, compared with a profit of £95m the year
    // before`, `, compared to 57% of those who …`), whose date is the compared figure's, even
    // when a subject is brought in before it; so are phrases set off after a clause that belong
    // to it (`isComparisonTail`, `isClauseAppositive`, `isParticipleAppositive`), open questions, later list items
    // without a verb, and what only says what an earlier happening was (`It was the second death`).
    let tense: ClauseTense? = isState ? .state : tenseVerb(verb?.token, in: range).map { ClauseTense.of(verb: $0, in: tagged) }
    guard summary.hasSubject && !isInterruption(position, in: segments) || date != nil,
      !tagged.isPassiveAside(range) || !clauseTimes.times(in: range).isEmpty,
      !isComparison(range), !isComparisonTail(position, in: segments), !isOpenQuestion(position, in: segments),
      !isClauseAppositive(position, in: segments), !isParticipleAppositive(position, in: segments),
      !tagged.restatesEarlierEvent(range),
      !summarizer.isInterposedReport(position, in: segments),
      date != nil || !isElliptical(position, in: segments)
    else { return nil }
    var participants = clauseActors.actors(
      in: range, extra: between + participles, subject: subject?.actor, recentGroup: recentGroup?.actor)
    participants += openingSourceActors(of: position, in: segments).filter { !participants.contains($0) }
    return EventMention(
      origin: origin, kind: verb?.kind ?? guess.kind, date: date, tokens: evidenceStart..<clause.evidence.upperBound,
      trigger: verb?.token ?? range.lowerBound, isPlural: verb?.isPlural ?? false,
      summary: summarizer.objectThingNamed(
        objectNamed(named(summary.text, subject: subject, clause: range), subject: subject?.actor, clause: range),
        clause: range, isQuoted: scan.isQuoted),
      actors: participants,
      tense: tense,
      holdsTime: clauseTimes.times(in: range).contains { time in
        !(verb.map { clauseTimes.isReported(time, after: $0.token, in: range) } ?? false)
      } || clauseTimes.namesVagueTime(in: range, verb: verb?.token, past: tense == .past)
        || clauseTimes.namesUnplacedTime(in: range))
  }

  /// The mention of what a report tells, dated by its own time: `his company sold 13.7 million
  /// Macs last year` in `Jobs said that his company sold …`.
  func reported(
    _ report: ReportedClause, of clause: Clause, reader: TriggerReader, recentGroup: inout (sentence: Int, actor: Int)?
  ) -> EventMention? {
    guard let verb = contentVerb(of: report, reader: reader) else { return nil }
    var content = clause
    content.segments[content.position] = Segment(tokens: report.content, role: .main)
    content.evidence = report.content
    return mention(of: content, verb: verb, date: .expression(report.time), recentGroup: &recentGroup)
  }
}
