/// The events a common noun names (`two days after the fire`, `After the decision,`): an event
/// the text told before and dated to the day, found by the noun's stem, in its first telling, or,
/// for a noun of deciding, as told by a verb that says what was decided.
extension EventAccumulator {
  /// Whether a date source the clause could not be dated by still names a time of its own: not a
  /// stretch from a common noun that names no event told before (`a week after the company's
  /// report` with no report told), which leaves the clause to be dated as its neighbours are.
  func namesTime(_ source: EventMention.DateSource) -> Bool {
    guard case .anchored(let anchored) = source, !tagged.has(anchored.anchorNoun, .triggerNoun) else { return true }
    return eventsNamed(by: anchored.anchorNoun).count > 0
  }

  /// The event among the latest `referenceReach` told before the noun at `noun` that is dated to
  /// the day and named by it (`The fire broke out on Monday 4 May` for `two days after the
  /// fire`, `The vote was held on 20 August` for `two days before the vote`): its word shares the
  /// noun's stem, or its first telling holds the noun, or the noun names a deciding (`the
  /// decision`, `the verdict`) and the event was decided (`ruled that the sale was unlawful`).
  /// Nil when none or more than one is: a stretch counted from the noun (`a week after the
  /// fire`) would give an exact day from a guess.
  func eventNamed(by noun: Int) -> Int? {
    let named = eventsNamed(by: noun)
    return named.count == 1 ? named.first : nil
  }

  /// The event named by the noun at `noun` as `eventNamed(by:)` finds it, or of several the one
  /// told last before the noun (narrative order: `After the decision,` names the latest deciding
  /// told), for a reference that places its clause on that event's day or later.
  func latestEventNamed(by noun: Int) -> Int? {
    eventsNamed(by: noun).first
  }

  /// The event told last before the noun at `noun` (by its latest mention) that is dated to the
  /// day and named by it, and how many such events there are (counted up to two).
  func eventsNamed(by noun: Int) -> (first: Int?, count: Int) {
    let word = eventWord(noun)
    var found: Int?
    var count = 0
    for event in stride(from: drafts.count - 1, through: max(0, drafts.count - Self.referenceReach), by: -1) {
      let draft = drafts[event]
      guard draft.firstToken < noun, let point = draft.date?.value.point, point.precision >= .day,
        draft.word.map({ EventWordStem.related($0, word) }) == true || holds(noun: word, in: draft.primary)
          || Self.decidingNouns.contains(word) && isDecided(draft)
      else { continue }
      count = min(count + 1, 2)
      if found.map({ drafts[$0].lastToken < draft.lastToken }) ?? true { found = event }
    }
    return (found, count)
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

  /// Nouns that name what someone decided, whatever verb told the deciding.
  private static let decidingNouns: Set<String> = ["decision", "ruling", "verdict", "judgment", "judgement"]

  /// Whether `draft` tells a deciding: a court's event, or one told by a verb with what was decided
  /// after it, a `that` clause or an infinitive (`ruled on 3 March that …`, `voted to close …`),
  /// before any other verb, and not after a noun, whose content it tells (`marched against plans
  /// to raise the retirement age`).
  private func isDecided(_ draft: EventDraft) -> Bool {
    if draft.kind == .court { return true }
    guard let word = draft.word else { return false }
    let span = draft.primary
    var token = tagged.tokens.partitioningIndex { Int($0.start) >= span.start }
    while token < tagged.tokens.count, Int(tagged.tokens[token].start) < span.end, eventWord(token) != word { token += 1 }
    var next = token + 1
    while next < tagged.tokens.count, Int(tagged.tokens[next].start) < span.end {
      if tagged.isWord(next, "that") && tagged.upos(next) == .sconj || tagged.isWord(next, "to") && tagged.upos(next + 1) == .verb {
        return tagged.upos(next - 1) != .noun || tagged.timeOf[next - 1] >= 0
      }
      if tagged.upos(next) == .verb || tagged.upos(next) == .aux { return false }
      next += 1
    }
    return false
  }
}
