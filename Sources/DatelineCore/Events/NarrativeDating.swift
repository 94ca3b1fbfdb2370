/// Dates the events of one document that name no date of their own, by news convention: a
/// clause told in the past tense right after one dated to the day, in the same passage, shares
/// its day (one going on after `, and` from a clause of its sentence dated more coarsely, that
/// date); in a news story (one with a publication date), a clause told in the past tense
/// belongs to the story's time, the date of its lead event (for a lead in the past, perfect or
/// present progressive tense that names no date, the publication date), unless it is told in
/// the past perfect or right after an older date of its paragraph, when it takes that date in the
/// sentences after a main clause (a report and what it reports move the story to no other time);
/// a report (`X said`) is of the publication date, or of the day of the report the lead's sentence
/// ends with (`X had surgery on Wednesday, his club said on Thursday`), unless it goes
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
    let report = story.flatMap { story in story.lead.flatMap { reportDay(after: $0, story.date, drafts, order) } }
    var passage: (event: Int, date: EventDate, sentence: Int, paragraph: Int)?
    // Whether the passage's clause is a report or what one tells (`said production dropped in the
    // third quarter`), whose coarse time is what is reported: a report going on from it (`, and
    // warned that …`) is not of that time.
    var passageIsReported = false
    // The last clause told with a past date of its own outside the story's time: the clauses
    // right after it in its paragraph tell of its time, not of the story's.
    var elsewhere: (event: Int, date: EventDate, sentence: Int, paragraph: Int)?
    // The last clause told in the past in the current sentence, which a present clause it
    // governs (`agreed that, while the logo is registered, …`) is told at.
    var governing: (event: Int, sentence: Int)?
    var plan = PlanPassage()
    // The last clause with a date of its own, whatever its tense: what a clause after it that
    // points back (`then`) is of.
    var lastDated: (event: Int, date: EventDate, sentence: Int, paragraph: Int)?
    // The last statement and its sentence: what it reports (`said production stopped in
    // December`) is no narration moving to that time.
    var statement: (sentence: Int, span: SourceSpan)?
    var offsetBase = OffsetBase()
    for (position, id) in order.enumerated() {
      let draft = drafts[id]
      let sentence = Int(tagged.sentenceOf[draft.firstToken])
      if position > 0 {
        let previous = order[position - 1]
        offsetBase.note(
          previous, drafts[previous], sentence: Int(tagged.sentenceOf[drafts[previous].firstToken]), inferred: result[previous])
      }
      let paragraph = tagged.span(tokens: draft.firstToken..<(draft.firstToken + 1)).paragraph
      let isReport = draft.kind == .statement || statement.map { isReported(draft, by: $0.span) && $0.sentence == sentence } ?? false
      if draft.kind == .statement { statement = (sentence, draft.primary) }
      plan.step(draft, sentence: sentence)
      if let date = draft.date {
        lastDated = (id, date, sentence, paragraph)
        // A plan told in a relative clause is its noun's (`The ship, which will sail on May 2, will
        // be sold`): the future around it is not told for that day.
        if draft.tense == .future, Self.isDayPrecise(date), !isPast(date), !isInRelativeClause(date, of: draft) {
          plan.start(id, date, sentence)
        }
        // Only a clause told by a verb moves the story's time; a dated noun phrase (`the Oct. 10
        // election`) names an earlier event without telling it.
        if draft.tense != nil, isPast(date) {
          // A coarser date ends the passage of an earlier day it does not hold (`On December 7
          // the wall broke. Then in February it broke again, and we lost the slipway.`); it
          // dates only the rest of its own sentence.
          // A stretch (`had died since Sunday`, `between 2015 and 2019`) sets no day that the
          // clauses after it are told on, and ends the passage before it.
          if date.end != nil {
            passage = nil
          } else if Self.isDayPrecise(date) || !(passage.map { Self.isDayPrecise($0.date) && Self.holds(date, $0.date) } ?? false) {
            passage = (id, date, sentence, paragraph)
            passageIsReported = isReport
          }
          // A relative clause's older date tells of its noun (`Ruggeri, who ran the town from
          // 2011, was found guilty`), not of the time the clauses after it are told in. A day
          // after the story's time is no other time the story moves to.
          if let story, !isReport, Self.endsBefore(date, story.date), !isInRelativeClause(date, of: draft) {
            elsewhere = (id, date, sentence, paragraph)
          }
        }
        if draft.tense?.isPast == true { governing = (id, sentence) }
        continue
      }
      defer { if draft.tense?.isPast == true { governing = (id, sentence) } }
      guard result[id] == nil, !draft.namesUnresolvedTime, !isLasting(draft) else { continue }
      if draft.tense?.isPast == true {
        // `then` or `at the time` points back at the time told last (`had warned about the dam in
        // 2017. | Engineers warned then that …`): the clause is of it, a report too.
        if let lastDated, sentence - lastDated.sentence <= Self.passageReach, isPast(lastDated.date),
          pointsBack(draft)
        {
          result[id] = inherited(lastDated.date, from: lastDated.event, as: .narrative)
          continue
        }
        // What a past clause names has happened: a day after the publication (`will be sentenced
        // on 12 December` for `said the verdict sent a message`) is not the clause's.
        if let named = namedEvent(in: draft.primary, id: id, drafts: drafts, references: references)
          ?? openingEvent(of: draft, drafts: drafts, references: references), isPast(named.date)
        {
          result[id] = inherited(named.date, from: named.event, as: follows(reference: named.byte) ? .afterEvent : .narrative)
          continue
        }
        if let base = offsetBase.base(in: sentence), let shifted = offsetDate(of: draft, from: base)
        {
          result[id] = shifted
          continue
        }
        // A report goes on from one its speaker made on a day of its own (`Jobs announced today
        // that … | He said that …`), or from what they did on it: the same occasion.
        if let passage,
          continuesReport(draft, from: passage, in: sentence, paragraph: paragraph, story: story?.date, drafts: drafts)
        {
          result[id] = inherited(passage.date, from: passage.event, as: .narrative)
          continue
        }
        // A report is of the days of the story, not of what it reports (`… on March 3, officials said`).
        // The past perfect tells what came before the day (`found that he had claimed …`), unless
        // a clause of time ties it to the day's happening (`arrived after the men had fled`).
        // One going on after `, and` from a coarser time is of that time, a report too (`Last
        // year the tickets sold out, and fans complained`).
        // A relative clause's day tells of its noun (`the blaze, which broke out on Sunday`), and
        // dates only the rest of its own sentence, when it is of the story's days (not `Its
        // critics, whose party lost in the Oct. 10 election, walked out`). A day told in the
        // past perfect came before what the simple past tells after it (`Dahl, who had met both
        // sides on Friday, welcomed the deal`).
        if let passage, passage.paragraph == paragraph,
          Self.isDayPrecise(passage.date)
            ? draft.kind != .statement && (draft.tense != .pastPerfect || isTimeClause(draft))
              && (drafts[passage.event].tense != .pastPerfect || draft.tense == .pastPerfect)
              && sentence - passage.sentence <= Self.passageReach
              && (sentence == passage.sentence && isWithinStoryWindow(passage.date)
                || !isInRelativeClause(passage.date, of: drafts[passage.event]))
            : sentence == passage.sentence && continuesCoarse(passage.date, with: draft)
              && !(passageIsReported && draft.kind == .statement)
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
        // A relative clause told inside the lead's own mention is background to it (`Ruth Calder,
        // who served three terms as mayor, has died`), of no day of the story; so is one that
        // tells its noun's past (`whose son died in the flood`, `in which 14 people died`).
        // A report after an older date is not of that date but of the story's days, as a report
        // anywhere else in the story (`Wexley conceded after midnight. | He said he would …`).
        if let story, !isAway || draft.kind == .statement, draft.tense != .pastPerfect, !isDescribingRelative(draft),
          !isBefore(lead: story.lead, dated: story.date, draft, drafts: drafts),
          story.lead.map({ id != $0 && draft.firstToken >= drafts[$0].firstToken && !Self.isTold(inside: drafts[$0], draft) })
            ?? true
        {
          let told = draft.kind == .statement ? report ?? (story.lead, story.date) : (event: story.lead, date: story.date)
          result[id] = inherited(told.date, from: told.event, as: .storyTime)
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
    for (position, id) in order.enumerated() where position + 1 < order.count && result[id] == nil {
      result[id] = dayBeforeClause(id, next: order[position + 1], drafts: drafts, dates: result)
    }
    return result
  }
}
