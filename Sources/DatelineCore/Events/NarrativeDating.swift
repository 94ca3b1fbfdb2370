/// Dates the events of one document that name no date of their own, by news convention: a
/// clause told in the past tense right after one dated to the day, in the same passage, shares
/// its day (one going on after `, and` from a clause of its sentence dated more coarsely, that
/// date); in a news story (one with a publication date), a clause told in the past tense
/// belongs to the story's time, the date of its lead event (for a lead in the past, perfect or
/// present progressive tense that names no date, the publication date), unless it is told in
/// the past perfect or right after an older date of its paragraph, when it takes that date in the
/// sentences after a main clause (a report and what it reports move the story to no other time);
/// a report (`X said`) is of the publication date, unless it goes
/// on from a report its speaker made on a day of its own or tells what a dated document says; a
/// present that a past clause states, and a future right after a plan for a day, take that
/// clause's date. Every such date is inferred and says why (`EventDate.inference`).
struct NarrativeDating {
  let tagged: TaggedText
  let reference: ReferenceTime?

  /// How many sentences after a dated clause a clause may stand and still share its date.
  static let passageReach = 2
  /// How many days before its publication a story's lead may have happened and still set the
  /// story's time: older leads are retrospectives, whose later clauses wander in time.
  static let storyWindow = 31
  /// How many sentences from the start of the document the lead event may stand.
  static let leadReach = 3

  /// The inferred date of each draft that has none (nil where none can be inferred), by draft.
  /// `references` are the document's references to events told before, (byte, event) in text
  /// order: a past clause that names a dated event (`The election gave the party 14 seats`)
  /// takes its day first. `dating` is what the blocks of the document before these drafts' left
  /// (a block after the first takes their story's time, its lead told before it); it is then
  /// told the story's time.
  func dates(
    of drafts: ChunkedList<EventDraft>, references: [(byte: Int, event: Int)] = [], dating: inout BlockDating
  ) -> [EventDate?] {
    var result = [EventDate?](repeating: nil, count: drafts.count)
    let order = (0..<drafts.count).sorted { drafts[$0].firstToken < drafts[$1].firstToken }
    for (position, id) in order.enumerated() where position + 1 < order.count {
      result[id] = dayOfClauseAfter(id, next: order[position + 1], drafts: drafts)
    }
    let story: (lead: Int?, date: EventDate)? =
      dating.followsBlock ? dating.story.map { (nil, $0.date) } : storyTime(drafts, order, result).map { ($0.lead, $0.date) }
    dating.dated(story: story?.date, lead: story?.lead)
    if let story, let lead = story.lead, drafts[lead].date == nil { result[lead] = story.date }
    var passage: (event: Int, date: EventDate, sentence: Int, paragraph: Int)?
    // The last clause told with a past date of its own outside the story's time: the clauses
    // right after it in its paragraph tell of its time, not of the story's.
    var elsewhere: (event: Int, date: EventDate, sentence: Int, paragraph: Int)?
    // The last clause told in the past in the current sentence, which a present clause it
    // governs (`agreed that, while the logo is registered, …`) is told at.
    var governing: (event: Int, sentence: Int)?
    var plan = PlanPassage()
    // The last clause with a date of its own, whatever its tense: what a measured stretch after
    // it in its sentence is placed from (`were still without power on Wednesday, two days after`).
    var lastDated: (event: Int, date: EventDate, sentence: Int, paragraph: Int)?
    // The last statement and its sentence: what it reports (`said production stopped in
    // December`) is no narration moving to that time.
    var statement: (sentence: Int, span: SourceSpan)?
    for (position, id) in order.enumerated() {
      let draft = drafts[id]
      let sentence = Int(tagged.sentenceOf[draft.firstToken])
      let paragraph = tagged.span(tokens: draft.firstToken..<(draft.firstToken + 1)).paragraph
      let isReport = draft.kind == .statement || statement.map { isReported(draft, by: $0.span) && $0.sentence == sentence } ?? false
      if draft.kind == .statement { statement = (sentence, draft.primary) }
      plan.step(draft, sentence: sentence)
      if let date = draft.date {
        lastDated = (id, date, sentence, paragraph)
        if draft.tense == .future, Self.isDayPrecise(date), !isPast(date) { plan.start(id, date, sentence) }
        // Only a clause told by a verb moves the story's time; a dated noun phrase (`the Oct. 10
        // election`) names an earlier event without telling it.
        if draft.tense != nil, isPast(date) {
          // A coarser date ends the passage of an earlier day it does not hold (`On December 7
          // the wall broke. Then in February it broke again, and we lost the slipway.`); it
          // dates only the rest of its own sentence.
          if Self.isDayPrecise(date) || !(passage.map { Self.isDayPrecise($0.date) && Self.holds(date, $0.date) } ?? false) {
            passage = (id, date, sentence, paragraph)
          }
          // A relative clause's older date tells of its noun (`Ruggeri, who ran the town from
          // 2011, was found guilty`), not of the time the clauses after it are told in.
          if let story, !isReport, !Self.holds(date, story.date), !isInRelativeClause(date, of: draft) {
            elsewhere = (id, date, sentence, paragraph)
          }
        }
        if draft.tense?.isPast == true { governing = (id, sentence) }
        continue
      }
      defer { if draft.tense?.isPast == true { governing = (id, sentence) } }
      guard result[id] == nil, !draft.namesUnresolvedTime else { continue }
      if draft.tense?.isPast == true {
        if let named = namedEvent(in: draft.primary, id: id, drafts: drafts, references: references) {
          result[id] = inherited(named.date, from: named.event, as: follows(reference: named.byte) ? .afterEvent : .narrative)
          continue
        }
        if let lastDated, lastDated.sentence == sentence, let shifted = offsetDate(of: draft, from: lastDated) {
          result[id] = shifted
          continue
        }
        // A report goes on from one its speaker made on a day of its own (`Jobs announced today
        // that … | He said that …`): the same occasion.
        if let passage, continuesReport(draft, from: passage, in: sentence, drafts: drafts) {
          result[id] = inherited(passage.date, from: passage.event, as: .narrative)
          continue
        }
        // A report is of the days of the story, not of what it reports (`… on March 3, officials said`).
        // One going on after `, and` from a coarser time is of that time, a report too (`Last
        // year the tickets sold out, and fans complained`).
        // A relative clause's day tells of its noun (`the blaze, which broke out on Sunday`), and
        // dates only the rest of its own sentence.
        if let passage, passage.paragraph == paragraph,
          Self.isDayPrecise(passage.date)
            ? draft.kind != .statement && sentence - passage.sentence <= Self.passageReach
              && (sentence == passage.sentence || !isInRelativeClause(passage.date, of: drafts[passage.event]))
            : sentence == passage.sentence && continuesCoarse(passage.date, with: draft)
        {
          result[id] = inherited(passage.date, from: passage.event, as: .narrative)
          continue
        }
        // The past perfect tells what came before the story (`He had worked for IBM`).
        let isAway = elsewhere.map { $0.paragraph == paragraph && sentence - $0.sentence <= Self.passageReach } ?? false
        // What the next sentences tell in the simple past is of that other time when it is one
        // occasion, a month or finer (`Rotich won in Chicago last October. | Bekele finished 14
        // seconds behind.`; not `joined the party in 2009. | She won her seat`), told by the main
        // clause of its sentence with nothing dated told between.
        if isAway, let elsewhere, passage?.event == elsewhere.event, sentence > elsewhere.sentence, draft.tense == .past,
          draft.kind != .statement, elsewhere.date.value.point.map({ $0.precision >= .month }) ?? false,
          opensSentence(drafts[elsewhere.event])
        {
          result[id] = inherited(elsewhere.date, from: elsewhere.event, as: .narrative)
          continue
        }
        // A clause that starts where the lead starts (the lead told in a relative clause of its
        // subject: `X, who built …, has died`) is no earlier than the lead either.
        if let story, !isAway, draft.tense != .pastPerfect,
          story.lead.map({ id != $0 && draft.firstToken >= drafts[$0].firstToken }) ?? true
        {
          result[id] = inherited(story.date, from: story.lead, as: .storyTime)
          continue
        }
      }
      // The present inside what a past clause of its sentence tells (`The judge agreed that, while
      // the logo is registered, the beer is not`) holds at that clause's time.
      if draft.tense == .present, let governing, governing.sentence == sentence,
        let date = drafts[governing.event].date ?? result[governing.event], isPast(date),
        isSubordinate(draft, to: drafts[governing.event])
      {
        result[id] = inherited(date, from: governing.event, as: .narrative)
        continue
      }
      if draft.kind == .statement, draft.tense == .present,
        let issuing = issuingEvent(of: draft, among: order[max(0, position - 4)..<min(order.count, position + 5)], drafts: drafts),
        let date = drafts[issuing].date
      {
        result[id] = inherited(date, from: issuing, as: .narrative)
        continue
      }
      if draft.tense == .future, let planned = plan.current {
        result[id] = inherited(planned.date, from: planned.event, as: .narrative)
        continue
      }
      // A report, and what a product is said to be or have (`The Zap 4 has two cameras`), are of
      // the publication date; not one told in the past perfect (`He had denied the charges`),
      // which was made before the story's time.
      if draft.kind == .statement && draft.tense != .pastPerfect || draft.tense == .state { result[id] = publicationDate }
    }
    return result
  }

  /// The story's lead event and its day: the first event told by a verb in the past or perfect
  /// tense near the start, or in the present progressive naming an actor (`X is stepping down`),
  /// passing over what is to come (`will meet …, the ministry said on Wednesday` is of Wednesday)
  /// and what the past perfect tells as before (`X, who had led since July 5, said` is no story
  /// of July 5), dated by its own date or else the publication date, within `storyWindow` days before
  /// publication. Nil for a text without a publication date.
  private func storyTime(
    _ drafts: ChunkedList<EventDraft>, _ order: [Int], _ inferred: [EventDate?]
  ) -> (lead: Int, date: EventDate)? {
    guard let reference, reference.source != .inferred, let published = reference.point.dayNumber,
      var lead = order.first(where: { drafts[$0].tense.map { $0 != .state && $0 != .future && $0 != .pastPerfect } ?? false })
    else {
      return nil
    }
    // A clause a measured stretch places (`were still without power on Wednesday, | two days after
    // a storm hit`) is told from the dated clause before it in its sentence, which leads instead.
    if measuredOpener(of: drafts[lead]) != nil {
      let sentence = tagged.sentenceOf[drafts[lead].firstToken]
      guard let placing = order.last(where: {
        drafts[$0].firstToken < drafts[lead].firstToken && tagged.sentenceOf[drafts[$0].firstToken] == sentence
          && drafts[$0].date.map(Self.isDayPrecise) == true
      })
      else { return nil }
      lead = placing
    } else {
      guard let tense = drafts[lead].tense, tense.isPast || tense == .progressive && !drafts[lead].actors.isEmpty else {
        return nil
      }
    }
    guard Int(tagged.sentenceOf[drafts[lead].firstToken]) < Self.leadReach else { return nil }
    guard let own = drafts[lead].date ?? inferred[lead] else {
      return drafts[lead].namesUnresolvedTime && namesVagueTime(drafts[lead]) ? nil : publicationDate.map { (lead, $0) }
    }
    guard let point = own.value.point, point.precision >= .day, let day = point.dayNumber,
      day <= published, published - day <= Self.storyWindow
    else {
      return nil
    }
    return (lead, own)
  }

  /// Whether a clause's evidence names a vague past or future (`months ago`, `thousands of years
  /// ago`): a lead whose verb is told so is no news of the publication day.
  private func namesVagueTime(_ draft: EventDraft) -> Bool {
    let span = draft.primary
    var time = tagged.times.partitioningIndex { $0.range.lowerBound >= span.start }
    while time < tagged.times.count, tagged.times[time].range.lowerBound < span.end {
      if tagged.times[time].isVaguePastOrFuture { return true }
      time += 1
    }
    return false
  }

  /// The day of the clause that `after` opens right after undated clause `id` in its sentence,
  /// when that clause is told in the past and dated to a past day (`The plan has failed | after
  /// members left parliament on Saturday`): what followed a day's event is told as of that day.
  /// A coarser or older date only bounds it (`has fined the provider after hackers stole … in
  /// 2023`).
  private func dayOfClauseAfter(_ id: Int, next: Int, drafts: ChunkedList<EventDraft>) -> EventDate? {
    let draft = drafts[id]
    let clause = drafts[next]
    guard draft.date == nil, !draft.namesUnresolvedTime, draft.tense?.isPast == true, clause.tense?.isPast == true,
      let date = clause.date, Self.isDayPrecise(date), isPast(date),
      tagged.sentenceOf[clause.firstToken] == tagged.sentenceOf[draft.lastToken]
    else {
      return nil
    }
    let opener = tagged.isWord(clause.firstToken, "after") ? clause.firstToken : clause.firstToken - 1
    guard opener > draft.firstToken, tagged.isWord(opener, "after"),
      tagged.opensClauseAfterPreposition(opener)
    else {
      return nil
    }
    if let reference, let day = date.value.point?.dayNumber, let published = reference.point.dayNumber,
      published - day > Self.storyWindow
    {
      return nil
    }
    return inherited(date, from: next, as: .narrative)
  }

  /// The date of a clause that a measured stretch opens (`died on 2 January, | four days after he
  /// was pushed`; `two weeks before`): the day of the clause it follows in its sentence, moved
  /// back (`after`) or ahead (`before`) by that stretch, at the stretch's precision.
  private func offsetDate(
    of draft: EventDraft, from passage: (event: Int, date: EventDate, sentence: Int, paragraph: Int)
  ) -> EventDate? {
    guard let (opener, time, stretch) = measuredOpener(of: draft), let amount = stretch.amount,
      let point = passage.date.value.point, let day = point.dayNumber
    else {
      return nil
    }
    let count = Int(amount) * (tagged.isWord(opener, "after") ? -1 : 1)
    let moved: TimePoint?
    switch stretch.unit {
    case .day: moved = .day(number: day + count)
    case .week: moved = .day(number: day + 7 * count)
    case .month: moved = CalendarArithmetic.shifted(point, .month, count)
    case .year: moved = CalendarArithmetic.shifted(point, .year, count)
    default: moved = nil
    }
    guard let moved else { return nil }
    // The date comes from the stretch (`two days after`), counted from the other clause's day.
    let told = tagged.span(tokens: tagged.tokens(ofTime: time).lowerBound..<(opener + 1))
    let resolution = passage.date.expression.map { TimeExpression.Resolution.relativeToNarrative(anchor: $0.range) }
    return EventDate(
      value: .point(moved), expression: told, resolution: resolution ?? passage.date.resolution, isInferred: true,
      anchorEvent: passage.event, inference: .offset)
  }

  /// The `after` or `before` that opens `draft` after a measured stretch (`two days after`), with
  /// that stretch in whole units: the clause is placed from the one it follows, not told of its own.
  private func measuredOpener(of draft: EventDraft) -> (opener: Int, time: Int, stretch: TimeDuration)? {
    let opensAtFirst = tagged.isWord(draft.firstToken, "after") || tagged.isWord(draft.firstToken, "before")
    let opener = opensAtFirst ? draft.firstToken : draft.firstToken - 1
    guard opener > 0, tagged.isWord(opener, "after") || tagged.isWord(opener, "before"), tagged.opensClauseAfterPreposition(opener),
      case let time = Int(tagged.timeOf[opener - 1]), time >= 0,
      case .duration(let stretch) = tagged.times[time].value, let amount = stretch.amount, amount == amount.rounded()
    else {
      return nil
    }
    return (opener, time, stretch)
  }

  /// The first event dated to the day (or finer) that a reference inside `span` names, other
  /// than event `id` itself and one told inside `span` (`Hoste, who had worn yellow since the
  /// time trial on March 1, said …`: the relative clause's own event, not an earlier one named).
  private func namedEvent(
    in span: SourceSpan, id: Int, drafts: ChunkedList<EventDraft>, references: [(byte: Int, event: Int)]
  ) -> (event: Int, date: EventDate, byte: Int)? {
    var index = references.partitioningIndex { $0.byte >= span.start }
    while index < references.count, references[index].byte < span.end {
      let event = references[index].event
      let told = drafts[event].primary
      if event != id, let date = drafts[event].date, Self.isDayPrecise(date), told.start < span.start || told.end > span.end {
        return (event, date, references[index].byte)
      }
      index += 1
    }
    return nil
  }

  /// Whether `draft` tells what a statement of its sentence, told over `span`, reports: it starts
  /// inside the statement (`said production stopped in December`), or right after it as a
  /// further predicate of what is reported (`said demand recovered in March | and fell again in
  /// April`).
  private func isReported(_ draft: EventDraft, by span: SourceSpan) -> Bool {
    let start = draft.primary.start
    if span.start < start && start < span.end { return true }
    let first = draft.firstToken
    return start >= span.end && tagged.byteRange(first..<(first + 1)).lowerBound - span.end <= 2
      && (tagged.isWord(first, "and") || tagged.isWord(first, "but")) && tagged.isFiniteVerb(first + 1)
  }

  /// Whether the reference to an event starting at byte `byte` follows `after` or `following`
  /// (`Shares fell after the announcement`): what it tells came on that event's day or later.
  private func follows(reference byte: Int) -> Bool {
    let token = tagged.tokens.partitioningIndex { Int($0.start) >= byte }
    return token > 0 && (tagged.isWord(token - 1, "after") || tagged.isWord(token - 1, "following"))
  }

  /// Whether `draft` goes on, in the simple past after `, and`, from a clause of its sentence
  /// dated more coarsely to one time (`in February it broke again, and we lost the slipway`), or
  /// is a later predicate of the same subject after `and` or `but` (`crashed in May and spent
  /// nine days in hospital`, `cleared him of murder in October but convicted him of assault`);
  /// `and` without the comma before a noun may join the nouns of one subject.
  private func continuesCoarse(_ date: EventDate, with draft: EventDraft) -> Bool {
    guard draft.tense == .past, date.end == nil else { return false }
    let opensWithJoiner = tagged.isWord(draft.firstToken, "and") || tagged.isWord(draft.firstToken, "but")
    if opensWithJoiner, tagged.isFiniteVerb(draft.firstToken + 1) { return true }
    let and = tagged.isWord(draft.firstToken, "and") ? draft.firstToken : draft.firstToken - 1
    return and > 0 && tagged.isWord(and, "and") && tagged.has(and - 1, .comma)
  }

  /// Whether `date` holds the day of `story` (or lies inside it).
  private static func holds(_ date: EventDate, _ story: EventDate) -> Bool {
    guard let outer = date.value.interval, let inner = story.value.interval else { return false }
    return outer.overlaps(inner)
  }

  /// Whether a date names a day or a finer time.
  static func isDayPrecise(_ date: EventDate) -> Bool {
    date.value.point.map { $0.precision >= .day } ?? false
  }

  /// The publication date as the inferred date of a report.
  private var publicationDate: EventDate? {
    guard let reference, reference.source != .inferred else { return nil }
    return EventDate(
      value: .point(reference.point), expression: nil, resolution: .relativeToReference, isInferred: true,
      inference: .publication)
  }

  /// Whether a date lies no later than the publication date (the passage tells the past), or
  /// the text has no known publication date.
  func isPast(_ date: EventDate) -> Bool {
    guard let reference, let interval = date.value.interval, let published = reference.point.interval else {
      return true
    }
    return interval.lowerBound <= published.upperBound
  }

  /// `date` (cut to its day when finer) as the inferred date of an event that takes it from
  /// event `source` (nil for the lead of a block before).
  private func inherited(_ date: EventDate, from source: Int?, as inference: EventDate.Inference) -> EventDate {
    var value = date.value
    if let point = value.point, point.precision > .day { value = .point(point.truncated(to: .day)) }
    return EventDate(
      value: value, expression: date.expression, resolution: date.resolution, isInferred: true,
      anchorEvent: source, inference: inference)
  }
}
