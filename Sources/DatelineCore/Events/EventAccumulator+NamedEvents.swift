/// The events a common noun names (`two days after the fire`): an event the text told before
/// and dated to the day, found by the noun's stem or in its first telling.
extension EventAccumulator {
  /// Whether a date source the clause could not be dated by still names a time of its own: not a
  /// stretch from a common noun that names no event told before (`a week after the company's
  /// report` with no report told), which leaves the clause to be dated as its neighbours are.
  func namesTime(_ source: EventMention.DateSource) -> Bool {
    guard case .anchored(let anchored) = source, !tagged.has(anchored.anchorNoun, .triggerNoun) else { return true }
    return eventsNamed(by: anchored.anchorNoun).count > 0
  }

  /// The one event among the latest `referenceReach` told before the noun at `noun` that is dated
  /// to the day and named by it (`The fire broke out on Monday 4 May` for `two days after the
  /// fire`, `The vote was held on 20 August` for `two days before the vote`): its word shares the
  /// noun's stem, or its first telling holds the noun. Nil when none or more than one is.
  func eventNamed(by noun: Int) -> Int? {
    let named = eventsNamed(by: noun)
    return named.count == 1 ? named.first : nil
  }

  /// The latest event told before the noun at `noun` that is dated to the day and named by it, and
  /// how many such events there are (counted up to two).
  func eventsNamed(by noun: Int) -> (first: Int?, count: Int) {
    let word = eventWord(noun)
    var found: Int?
    for event in stride(from: drafts.count - 1, through: max(0, drafts.count - Self.referenceReach), by: -1) {
      let draft = drafts[event]
      guard draft.firstToken < noun, let point = draft.date?.value.point, point.precision >= .day,
        draft.word.map({ EventWordStem.related($0, word) }) == true || holds(noun: word, in: draft.primary)
      else { continue }
      if found != nil { return (found, 2) }
      found = event
    }
    return (found, found == nil ? 0 : 1)
  }

  /// Whether the tokens of `span` hold a common noun whose lemma is `word`.
  func holds(noun word: String, in span: SourceSpan) -> Bool {
    var token = tagged.tokens.partitioningIndex { Int($0.start) >= span.start }
    while token < tagged.tokens.count, Int(tagged.tokens[token].start) < span.end {
      if tagged.upos(token) == .noun, eventWord(token) == word { return true }
      token += 1
    }
    return false
  }
}
