/// The story's time: the lead event a news story is told from, and its day.
extension NarrativeDating {
  /// The story's lead event and its day: the first event told by a verb in the past or perfect
  /// tense near the start, or in the present progressive naming an actor (`X is stepping down`),
  /// passing over what is to come (`will meet …, the ministry said on Wednesday` is of Wednesday)
  /// and what the past perfect tells as before (`X, who had led since July 5, said` is no story
  /// of July 5) or what points back at a time told before it (`warned then`), dated by its own date or else the publication date, within `storyWindow` days before
  /// publication. Nil for a text without a publication date.
  func storyTime(
    _ drafts: ChunkedList<EventDraft>, _ order: [Int], _ inferred: [EventDate?]
  ) -> (lead: Int, date: EventDate)? {
    guard let reference, reference.source != .inferred, let published = reference.point.dayNumber,
      var lead = order.first(where: {
        drafts[$0].tense.map { $0 != .state && $0 != .future && $0 != .pastPerfect } ?? false && !pointsBack(drafts[$0])
      })
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
  func namesVagueTime(_ draft: EventDraft) -> Bool {
    let span = draft.primary
    var time = tagged.times.partitioningIndex { $0.range.lowerBound >= span.start }
    while time < tagged.times.count, tagged.times[time].range.lowerBound < span.end {
      if tagged.times[time].isVaguePastOrFuture { return true }
      time += 1
    }
    return false
  }
}
