/// A lead's announcement and its later telling with a date: news announces a happening in the
/// present perfect with no time (`Margit Anselm has died at her home`) and tells its day further
/// down (`she died peacefully on Sunday`). The two tellings are one event.
extension EventAccumulator {
  /// The event that a dated mention told in the simple past by a verb tells again: one told in
  /// the first `NarrativeDating.leadReach` sentences, in the present perfect with no date, by a
  /// verb of the same lemma with the same main actor (a pronoun counts as the actor it stands
  /// for), of the same kind family and number, and done to the same thing when both tell an object
  /// (`have arrested three men` is not `arrested a fourth man on Monday`). Nil when none is. The
  /// day of a report set after the announcement (`has died at 84, his family said on Thursday`)
  /// only bounds it: a telling of that day or earlier (`died on Tuesday`) gives its day.
  func announcedEvent(of mention: EventMention, date: EventDate, word: String?) -> Int? {
    guard mention.origin == .verb, mention.tense == .past, let word, let actor = mention.actors.first,
      tagged.upos(mention.trigger) == .verb
    else { return nil }
    // Drafts are in the order of their first telling: those of the lead open the list, and only
    // they are read, field by field (a copy of each draft retained its lists).
    let first = max(0, drafts.count - Self.referenceReach)
    var end = first
    while end < drafts.count, Int(tagged.sentenceOf[drafts[end].firstToken]) < NarrativeDating.leadReach { end += 1 }
    for event in stride(from: end - 1, through: first, by: -1) {
      guard drafts[event].date.map({ isReportDay($0, of: drafts[event], bounding: date) }) ?? true,
        drafts[event].tense == .perfect, drafts[event].isPlural == mention.isPlural,
        drafts[event].actors.first == actor, !drafts[event].namesUnresolvedTime,
        DatedEventIndex.family(drafts[event].kind) == DatedEventIndex.family(mention.kind), drafts[event].word == word,
        let trigger = verb(of: drafts[event], word: word)
      else { continue }
      return sameObject(trigger, mention.trigger) ? event : nil
    }
    return nil
  }

  /// Whether `told`, the date of `draft`, is the day of a report set after its clause in its
  /// sentence (its expression after the clause's evidence) and no earlier than `date`.
  private func isReportDay(_ told: EventDate, of draft: EventDraft, bounding date: EventDate) -> Bool {
    guard let expression = told.expression, expression.start >= draft.primary.end,
      let day = told.value.point?.dayNumber, let new = date.value.point?.dayNumber, new <= day,
      told.value.point?.precision == .day
    else { return false }
    let token = tagged.tokens.partitioningIndex { Int($0.start) >= expression.start }
    return token < tagged.tokens.count && tagged.sentenceOf[token] == tagged.sentenceOf[draft.firstToken]
  }

  /// The verb of lemma `word` that told `draft`, inside its main evidence.
  private func verb(of draft: EventDraft, word: String) -> Int? {
    let span = draft.primary
    var token = tagged.tokens.partitioningIndex { Int($0.start) >= span.start }
    while token < tagged.tokens.count, Int(tagged.tokens[token].start) < span.end {
      if tagged.upos(token) == .verb, eventWord(token) == word { return token }
      token += 1
    }
    return nil
  }

  /// Whether the verbs at `first` and `second` act on the same thing: the heads of their direct
  /// objects are spelled alike, in the same number (`recalled 1.2 million cars` … `recalled the
  /// cars`; not `three managers` … `a fourth manager`), or either has none (`has died at her home`,
  /// `died peacefully`).
  private func sameObject(_ first: Int, _ second: Int) -> Bool {
    guard let one = objectHead(of: first), let other = objectHead(of: second) else { return true }
    return tagged.string(tokens: one..<(one + 1)).lowercased() == tagged.string(tokens: other..<(other + 1)).lowercased()
  }

  /// The last noun of the noun phrase right after the verb at `verb` (past adverbs and an
  /// owner's `its` or `their`: `has recalled its snack bar`), when one is.
  private func objectHead(of verb: Int) -> Int? {
    let sentence = tagged.sentences[Int(tagged.sentenceOf[verb])].tokens
    var next = verb + 1
    while next < sentence.upperBound, tagged.upos(next) == .adv { next += 1 }
    var head: Int?
    while next < sentence.upperBound, tagged.timeOf[next] < 0,
      [.det, .num, .adj, .noun, .propn].contains(tagged.upos(next)) || tagged.isPossessiveDeterminer(next)
    {
      if tagged.upos(next) == .noun || tagged.upos(next) == .propn { head = next }
      next += 1
    }
    return head
  }
}
