/// A past perfect that a clause of time after it in its sentence closes.
extension NarrativeDating {
  /// The date of `id`, told in the past perfect, when the clause after it in its sentence is
  /// opened by `before` or `until`, told in the simple past and of the story's days (`The
  /// visitors had gone ahead twice | before the hosts levelled`): what came before that clause
  /// led up to it on its day, not before the story. Nil otherwise.
  func dayBeforeClause(_ id: Int, next: Int, drafts: ChunkedList<EventDraft>, dates: [EventDate?]) -> EventDate? {
    let draft = drafts[id]
    let clause = drafts[next]
    guard draft.tense == .pastPerfect, draft.date == nil, !draft.namesUnresolvedTime, clause.tense == .past,
      tagged.sentenceOf[clause.firstToken] == tagged.sentenceOf[draft.firstToken]
    else { return nil }
    let own = clause.date.flatMap { Self.isDayPrecise($0) && isPast($0) && isWithinStoryWindow($0) ? $0 : nil }
    guard let date = own ?? dates[next].flatMap({ $0.inference == .storyTime ? $0 : nil }) else { return nil }
    let opener = closesTime(clause.firstToken) ? clause.firstToken : clause.firstToken - 1
    guard opener > draft.firstToken, closesTime(opener), tagged.opensClauseAfterPreposition(opener) else { return nil }
    return inherited(date, from: next, as: .narrative)
  }

  /// Whether the word at `index` is `before` or `until`.
  private func closesTime(_ index: Int) -> Bool {
    tagged.isWord(index, "before") || tagged.isWord(index, "until")
  }
}
