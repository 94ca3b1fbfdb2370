/// A relative clause about a happening that its sentence's main clause dates.
extension NarrativeDating {
  /// The clause before `position` of `order` in whose subject, a noun phrase led by a determiner,
  /// undated clause `draft` stands as a relative clause about an event noun, when that clause has a past date of its own: what the
  /// relative clause tells of the happening, it did then (`The last accident at the dock, which
  /// killed a driver, happened in 2017` → the killing is of 2017). Nil for a relative clause
  /// about a person or thing (`Smith, who founded the firm, died in 2017`).
  func happeningClause(of draft: EventDraft, before position: Int, in order: [Int], drafts: ChunkedList<EventDraft>)
    -> Int?
  {
    let relative = draft.firstToken
    guard relative >= 3, tagged.has(relative, .relative), tagged.has(relative - 1, .comma) else { return nil }
    let sentence = tagged.sentenceOf[relative]
    var first = relative - 2
    while first > 0, tagged.sentenceOf[first - 1] == sentence, Self.subjectWords.contains(tagged.upos(first - 1)) {
      first -= 1
    }
    guard tagged.upos(first) == .det, let noun = (first..<(relative - 1)).first(where: { tagged.upos($0) == .noun }),
      tagged.isLowercaseWord(noun), tagged.has(noun, .triggerNoun)
    else { return nil }
    for earlier in order[..<position].reversed() {
      let outer = drafts[earlier]
      guard tagged.sentenceOf[outer.firstToken] == sentence else { break }
      if outer.firstToken == first, let date = outer.date, date.end == nil, outer.tense?.isPast == true, isPast(date),
        Self.isTold(inside: outer, draft)
      {
        return earlier
      }
    }
    return nil
  }

  /// The parts of speech of the words of a subject noun phrase and the prepositional phrases in it.
  private static let subjectWords: Set<UPOS> = [.det, .adj, .noun, .propn, .num, .adp]
}
