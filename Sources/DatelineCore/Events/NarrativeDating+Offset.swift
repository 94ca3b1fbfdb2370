/// Clauses placed from the dated clause before them in their sentence: one `after` opens, and
/// one a measured stretch opens (`two days after`).
extension NarrativeDating {
  /// The day of the clause that `after` opens right after undated clause `id` in its sentence,
  /// when that clause is told in the past and dated to a past day (`The plan has failed | after
  /// members left parliament on Saturday`): what followed a day's event is told as of that day,
  /// and what went on while it happened is of its day too (`was swept away | as he crossed a
  /// bridge on Monday night`, `while`, `when`). A coarser or older date only bounds it (`has
  /// fined the provider after hackers stole … in 2023`).
  func dayOfClauseAfter(_ id: Int, next: Int, drafts: ChunkedList<EventDraft>) -> EventDate? {
    let draft = drafts[id]
    let clause = drafts[next]
    guard draft.date == nil, !draft.namesUnresolvedTime, draft.tense?.isPast == true, clause.tense?.isPast == true,
      let date = clause.date, Self.isDayPrecise(date), isPast(date),
      tagged.sentenceOf[clause.firstToken] == tagged.sentenceOf[draft.lastToken]
    else {
      return nil
    }
    let opener = isOpener(clause.firstToken) ? clause.firstToken : clause.firstToken - 1
    guard opener > draft.firstToken, isOpener(opener),
      !tagged.isWord(opener, "after") || tagged.opensClauseAfterPreposition(opener)
    else {
      return nil
    }
    guard isWithinStoryWindow(date), draft.kind != .statement || !reportsClause(of: draft, before: opener) else { return nil }
    return inherited(date, from: next, as: .narrative)
  }

  /// Whether statement `draft` reports a clause with a verb of its own before `opener` (`said the
  /// board had moved | after the strike was called on 28 October`): the clause `opener` brings
  /// in then tells when what is reported happened, not when it was told. A statement with
  /// nothing reported before it (`spoke to reporters | after the vote was counted on Monday`)
  /// still takes its day.
  private func reportsClause(of draft: EventDraft, before opener: Int) -> Bool {
    guard let speech = (draft.firstToken..<opener).first(where: { tagged.has($0, .speechVerb) }) else { return false }
    return ((speech + 1)..<opener).contains { tagged.upos($0) == .verb }
  }

  /// Whether `date` lies no more than `storyWindow` days before the publication date (or the
  /// text has none): a day of the story's time, not of its background.
  func isWithinStoryWindow(_ date: EventDate) -> Bool {
    guard let reference, let day = date.value.point?.dayNumber, let published = reference.point.dayNumber else {
      return true
    }
    return published - day <= Self.storyWindow
  }

  /// Whether the word at `index` opens a clause whose day a clause before it is told on: `after`,
  /// or one of the same time (`while`, `when`, `as`).
  private func isOpener(_ index: Int) -> Bool {
    tagged.isWord(index, "after") || tagged.isWord(index, "while") || tagged.isWord(index, "when")
      || tagged.isWord(index, "as")
  }

  /// The date of a clause that a measured stretch opens (`died on 2 January, | four days after he
  /// was pushed`; `two weeks before`): the day of the clause it follows in its sentence, moved
  /// back (`after`) or ahead (`before`) by that stretch, at the stretch's precision; from a
  /// month or year, at that coarser precision (`resigned in March 2022, | a week after auditors
  /// questioned …`: March 2022).
  func offsetDate(
    of draft: EventDraft, from passage: (event: Int, date: EventDate, sentence: Int, paragraph: Int)
  ) -> EventDate? {
    guard let (opener, time, stretch) = measuredOpener(of: draft), let amount = stretch.amount,
      let point = passage.date.value.point, point.year != nil
    else {
      return nil
    }
    let count = Int(amount) * (tagged.isWord(opener, "after") ? -1 : 1)
    let moved: TimePoint?
    switch (stretch.unit, point.dayNumber) {
    case (.day, let day?): moved = .day(number: day + count)
    case (.week, let day?): moved = .day(number: day + 7 * count)
    case (.day, nil): moved = TimeResolver.coarseShift(point, .day, count)
    case (.week, nil): moved = TimeResolver.coarseShift(point, .week, count)
    case (.month, _): moved = point.precision >= .month ? CalendarArithmetic.shifted(point, .month, count) : nil
    case (.year, _): moved = CalendarArithmetic.shifted(point, .year, count)
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
  func measuredOpener(of draft: EventDraft) -> (opener: Int, time: Int, stretch: TimeDuration)? {
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
}

/// The clause a measured stretch is counted from in the sentence being dated, kept while the
/// clauses are walked in text order: the last one with a date of its own, whatever its tense
/// (`were still without power on Wednesday, two days after`), else the last one dated to the day
/// by inference (`The images were released | a day after engineers fixed …`, told on the story's
/// day). Kept as it goes: looking back over a sentence for every clause took time growing with
/// the square of its length.
struct OffsetBase {
  private var sentence = -1
  private var own: (event: Int, date: EventDate, paragraph: Int)?
  private var inferred: (event: Int, date: EventDate, paragraph: Int)?

  /// Takes in event `event` of `draft`, told in `sentence` and dated `date` now that its own
  /// turn is over (its own date, or the one inferred for it).
  mutating func note(_ event: Int, _ draft: EventDraft, sentence: Int, inferred date: EventDate?) {
    if sentence != self.sentence {
      self.sentence = sentence
      own = nil
      inferred = nil
    }
    if let own = draft.date {
      self.own = (event, own, draft.primary.paragraph)
    } else if let date, NarrativeDating.isDayPrecise(date) {
      inferred = (event, date, draft.primary.paragraph)
    }
  }

  /// The clause a stretch in `sentence` is counted from, if one came before it there.
  func base(in sentence: Int) -> (event: Int, date: EventDate, sentence: Int, paragraph: Int)? {
    guard sentence == self.sentence, let found = own ?? inferred else { return nil }
    return (found.event, found.date, sentence, found.paragraph)
  }
}
