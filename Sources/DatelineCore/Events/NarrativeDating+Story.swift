/// The story's time: the lead event a news story is told from, and its day.
extension NarrativeDating {
  /// The story's lead event and its day: the first event told by a verb in the past or perfect
  /// tense near the start, or in the present progressive naming an actor (`X is stepping down`),
  /// passing over what is to come (`will meet …, the ministry said on Wednesday` is of Wednesday)
  /// and what the past perfect tells as before (`X, who had led since July 5, said` is no story
  /// of July 5) or what points back at a time told before it (`warned then`), dated by its own
  /// day or weekend or else the publication date, within `storyWindow` days before publication.
  /// Nil for a text without a publication date.
  func storyTime(
    _ drafts: ChunkedList<EventDraft>, _ order: [Int], _ inferred: [EventDate?]
  ) -> (lead: Int, date: EventDate)? {
    guard let reference, reference.source != .inferred, let published = reference.point.dayNumber,
      var lead = order.first(where: { drafts[$0].tense.map(\.canLead) == true && !pointsBack(drafts[$0]) })
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
    // A relative clause of the lead's subject is told inside the lead's own mention (`Ruth
    // Calder, | who served three terms as mayor, | has died`): the clause around it leads.
    if let outer = order.first(where: { id in
      id != lead && drafts[id].tense.map(\.canLead) == true && Self.isTold(inside: drafts[id], drafts[lead])
    }) {
      lead = outer
    }
    guard let own = drafts[lead].date ?? inferred[lead] else {
      return drafts[lead].namesUnresolvedTime && namesVagueTime(drafts[lead]) ? nil : publicationDate.map { (lead, $0) }
    }
    // A weekend is an occasion as a day is (`The fair took place this weekend`).
    guard let point = own.value.point, point.precision >= .day || point.precision == .week && point.weekend,
      let day = point.lastDayNumber, day <= published,
      published - day <= Self.storyWindow
    else {
      return nil
    }
    return (lead, own)
  }

  /// Whether `inner` is told inside a mention of `outer` that reaches further: a relative clause
  /// of its subject (the mention may be one a later telling was joined to: `X, who …, has died`
  /// and `died on Monday`).
  static func isTold(inside outer: EventDraft, _ inner: EventDraft) -> Bool {
    let part = inner.primary
    let holds = { (whole: SourceSpan) in
      whole.start <= part.start && part.end <= whole.end && whole.end - whole.start > part.end - part.start
    }
    return holds(outer.primary) || outer.mentions.contains(where: holds)
  }

  /// Whether `draft` is a clause that `after` opens in the sentence of lead `lead`, and the lead
  /// has no day of its own but the publication's (`A trust has been fined | after a patient died
  /// when staff failed to act`): what came before such a lead happened on a day the story does
  /// not tell, not on the publication day.
  func isBefore(lead: Int?, dated date: EventDate, _ draft: EventDraft, drafts: ChunkedList<EventDraft>) -> Bool {
    guard let lead, date.inference == .publication, drafts[lead].date == nil, draft.firstToken > drafts[lead].firstToken,
      tagged.sentenceOf[draft.firstToken] == tagged.sentenceOf[drafts[lead].firstToken]
    else { return false }
    let opener = tagged.isWord(draft.firstToken, "after") ? draft.firstToken : draft.firstToken - 1
    return tagged.isWord(opener, "after") && tagged.opensClauseAfterPreposition(opener)
  }

  /// Whether a clause's evidence names a vague past or future (`months ago`, `thousands of years
  /// ago`): a lead whose verb is told so is no news of the publication day.
  func namesVagueTime(_ draft: EventDraft) -> Bool {
    let span = draft.primary
    var time = tagged.times.partitioningIndex { $0.range.lowerBound >= span.start }
    while time < tagged.times.count, tagged.times[time].range.lowerBound < span.end {
      if tagged.times[time].isVaguePastOrFuture { return true }
      time += 1
    }
    return false
  }

  /// The report the lead's sentence ends with, told on a day of its own after the story's and no
  /// later than the publication (`X had knee surgery on Wednesday, his club said on Thursday`):
  /// the story is told on that day, so the reports it goes on with (`Lund said …`) are of it.
  func reportDay(
    after lead: Int, _ storyDate: EventDate, _ drafts: ChunkedList<EventDraft>, _ order: [Int]
  ) -> (event: Int?, date: EventDate)? {
    let sentence = tagged.sentenceOf[drafts[lead].firstToken]
    guard let storyDay = storyDate.value.point?.lastDayNumber, let published = reference?.point.dayNumber else { return nil }
    let report = order.first { id in
      guard id != lead, drafts[id].kind == .statement, tagged.sentenceOf[drafts[id].firstToken] == sentence,
        let date = drafts[id].date, Self.isDayPrecise(date), let day = date.value.point?.dayNumber
      else { return false }
      return day > storyDay && day <= published
    }
    if let report, let date = drafts[report].date { return (report, date) }
    // A report folded into the lead's own event still tells its day after its verb (`…, the grid
    // operator said on Sunday`).
    let tokens = tagged.sentences[Int(sentence)].tokens
    let times = tagged.times.indices.filter { tokens.contains(tagged.tokens(ofTime: $0).lowerBound) }
    guard let said = times.first(where: { time in
      guard let point = tagged.times[time].value.point, point.precision >= .day, let day = point.dayNumber,
        day > storyDay, day <= published
      else { return false }
      return tellsSaying(before: tagged.tokens(ofTime: time).lowerBound, in: tokens)
    })
    else { return nil }
    let time = tagged.times[said]
    return (lead, EventDate(value: time.value, expression: tagged.span(time.range), resolution: time.resolution))
  }

  /// Whether a verb of speech stands at most `sayingReach` words before token `start`, with no mark
  /// between (`said on Sunday`, `said in a statement on Sunday`).
  private func tellsSaying(before start: Int, in sentence: Range<Int>) -> Bool {
    var index = start - 1
    while index >= max(sentence.lowerBound, start - Self.sayingReach), !tagged.has(index, .comma) {
      if tagged.has(index, .speechVerb), tagged.upos(index) == .verb { return true }
      index -= 1
    }
    return false
  }

  /// How many words may stand between a report's verb and the day of the saying.
  static let sayingReach = 5
}

