/// How the clauses that NarrativeDating dates stand to the dated clauses before them.
extension NarrativeDating {
  /// Whether report `draft`, told in sentence `sentence` of paragraph `paragraph`, goes on from
  /// `passage`, dated to a day of its own at most `passageReach` sentences before, by the same
  /// speaker: a report of theirs (`Jobs announced today that … | He said that …`), or in the same
  /// paragraph something they did in the simple past (`Ilie defended the rise on Monday. | He
  /// said …`), no older than the story's day `story`: the same occasion. After what they did
  /// before the story's time (`promoted the flag in February. | He said …`), a report is of the
  /// story's days, as anywhere else in the story.
  func continuesReport(
    _ draft: EventDraft, from passage: (event: Int, date: EventDate, sentence: Int, paragraph: Int), in sentence: Int,
    paragraph: Int, story: EventDate?, drafts: ChunkedList<EventDraft>
  ) -> Bool {
    let earlier = drafts[passage.event]
    guard draft.kind == .statement, Self.isDayPrecise(passage.date), sentence - passage.sentence <= Self.passageReach,
      let speaker = draft.actors.first, earlier.actors.first == speaker
    else { return false }
    return earlier.kind == .statement
      || earlier.tense == .past && passage.paragraph == paragraph && !(story.map { Self.endsBefore(passage.date, $0) } ?? false)
  }

  /// Whether the words of `draft`'s own mention, or of the opening of its sentence with no verb
  /// between, point back at the time told before it (`warned then`, `At the time, the mayor
  /// said`; see `TaggedText.toldTimeAnaphor(in:)`).
  func pointsBack(_ draft: EventDraft) -> Bool {
    let start = tagged.tokens.partitioningIndex { Int($0.start) >= draft.primary.start }
    let end = tagged.tokens.partitioningIndex { Int($0.start) >= draft.primary.end }
    guard start < end else { return false }
    if tagged.toldTimeAnaphor(in: start..<end) != nil { return true }
    // The opening is read back from the mention to the nearest verb, within reach: reading it
    // from the sentence's start for every clause of one long sentence took time growing with the
    // square of its length.
    let sentence = tagged.sentences[Int(tagged.sentenceOf[start])].tokens.lowerBound
    var opening = start
    while opening > max(sentence, start - Self.openingReach), tagged.upos(opening - 1) != .verb,
      tagged.upos(opening - 1) != .aux
    {
      opening -= 1
    }
    return tagged.toldTimeAnaphor(in: opening..<start) != nil
  }

  /// How many words before a clause's mention the opening that points back for it may stand.
  static let openingReach = 12

  /// Whether the subordinating conjunction at `index` brings in what a clause states or grants
  /// (`that`, `while`, `although`, `because`, `whether`), which holds at the clause's time, and
  /// not a time of its own (`once`, `before`, `until`).
  static func isStatingConjunction(_ index: Int, _ tagged: TaggedText) -> Bool {
    tagged.isWord(index, "that") || tagged.isWord(index, "while") || tagged.isWord(index, "although")
      || tagged.isWord(index, "though") || tagged.isWord(index, "because") || tagged.isWord(index, "whether")
      || tagged.isWord(index, "whereas")
  }

  /// Whether `draft` is told in a clause of time: one opened, before its subject or as its first
  /// word, by a subordinating conjunction that tells a time of its own (`the guards arrived after
  /// the men had fled`; see `isStatingConjunction`).
  func isTimeClause(_ draft: EventDraft) -> Bool {
    let sentence = tagged.sentenceOf[draft.firstToken]
    var index = draft.firstToken
    while index >= 0, draft.firstToken - index <= Self.subjectReach, tagged.sentenceOf[index] == sentence,
      tagged.tokens[index].kind == .word
    {
      if tagged.has(index, .subordinator) { return !Self.isStatingConjunction(index, tagged) }
      if tagged.upos(index) == .verb || tagged.has(index, .relative) { return false }
      index -= 1
    }
    return false
  }

  /// How many words a clause's subject and auxiliaries may hold before its event word.
  static let subjectReach = 8

  /// Whether `draft` is told in a relative clause that tells its noun's past, not the story:
  /// one `whose` opens (`Marta Olin, whose son died in the flood`), or a preposition before
  /// `which` or `whom` (`the sinking in which 14 people died`), read back from its start to the
  /// nearest verb within `subjectReach` words.
  func isDescribingRelative(_ draft: EventDraft) -> Bool {
    let sentence = tagged.sentenceOf[draft.firstToken]
    // The mention may open at the preposition (`in which …`).
    var index = tagged.upos(draft.firstToken) == .adp ? draft.firstToken + 1 : draft.firstToken
    while index > 0, draft.firstToken - index <= Self.subjectReach, tagged.sentenceOf[index] == sentence,
      tagged.tokens[index].kind != .punctuation
    {
      if tagged.isWord(index, "whose") { return true }
      if tagged.isWord(index, "which") || tagged.isWord(index, "whom") { return tagged.upos(index - 1) == .adp }
      if index < draft.firstToken, tagged.upos(index) == .verb || tagged.upos(index) == .aux { return false }
      index -= 1
    }
    return false
  }

  /// Whether the expression of `date` stands in a relative clause of `draft` that a relative
  /// pronoun opens after a noun or a comma, with no comma between (`Ruggeri, 64, who ran the town
  /// from 2011, …`); a `that` after a verb opens what is reported, no relative clause.
  func isInRelativeClause(_ date: EventDate, of draft: EventDraft) -> Bool {
    guard let expression = date.expression else { return false }
    var index = tagged.tokens.partitioningIndex { Int($0.start) >= expression.start } - 1
    while index >= max(1, draft.firstToken), !tagged.has(index, [.comma, .semicolon, .dash]) {
      if tagged.has(index, .relative), !tagged.isWord(index, "that") || [.noun, .propn].contains(tagged.upos(index - 1)) {
        return tagged.has(index - 1, .comma) || [.noun, .propn, .num].contains(tagged.upos(index - 1))
      }
      index -= 1
    }
    return false
  }

  /// Whether `draft` is the main clause of its sentence: no verb stands before its first token
  /// in the sentence (`Last October, Rotich won …`; not `… since 2023, when the bank raised it`).
  func opensSentence(_ draft: EventDraft) -> Bool {
    let sentence = tagged.sentenceOf[draft.firstToken]
    var index = draft.firstToken - 1
    while index >= 0, tagged.sentenceOf[index] == sentence {
      if tagged.upos(index) == .verb || tagged.upos(index) == .aux { return false }
      index -= 1
    }
    return true
  }

  /// Whether `draft` opens inside a subordinate clause of `governing`, a clause in the simple
  /// past (`agreed with the defence that, while the logo is registered, …`): the nearest
  /// conjunction back from its start is a subordinating one, with no coordinating one (`and now
  /// owns nothing`), semicolon or other verb nearer.
  func isSubordinate(_ draft: EventDraft, to governing: EventDraft) -> Bool {
    guard governing.tense == .past else { return false }
    var index = draft.firstToken
    while index > governing.firstToken {
      if tagged.has(index, .semicolon) || tagged.upos(index) == .cconj { return false }
      if index < draft.firstToken, tagged.upos(index) == .verb || tagged.upos(index) == .aux { return false }
      if tagged.upos(index) == .sconj { return Self.isStatingConjunction(index, tagged) }
      index -= 1
    }
    return false
  }
}

/// The last plan told for a day ahead (`The Zap 5 will be available on June 24`) and how many
/// sentences that tell something have followed it: a future told right after it without a date
/// of its own is of that day (`The Zap 4 will be discontinued`). Sentences that only describe,
/// in the present (`It comes in two colours`), do not count.
struct PlanPassage {
  private var plan: (event: Int, date: EventDate, sentence: Int)?
  private var steps = 0
  private var lastCounted = -1

  /// Makes the plan of event `event`, told in sentence `sentence`, the current one.
  mutating func start(_ event: Int, _ date: EventDate, _ sentence: Int) {
    plan = (event, date, sentence)
    steps = 0
    lastCounted = sentence
  }

  /// Counts the sentence of `draft` when it tells something other than a present description.
  mutating func step(_ draft: EventDraft, sentence: Int) {
    guard plan != nil, sentence != lastCounted, draft.tense != .present, draft.tense != .state else { return }
    steps += 1
    lastCounted = sentence
  }

  /// The plan an undated future told now is of, if it follows closely enough.
  var current: (event: Int, date: EventDate)? {
    guard let plan, steps <= NarrativeDating.passageReach else { return nil }
    return (plan.event, plan.date)
  }
}

extension NarrativeDating {
  /// How many words a participle set off after a report's subject may hold.
  static let asideReach = 12

  /// The event among `nearby` whose own date a participle set off after the subject of report
  /// `draft` names (`The suit, filed in September 2003, claims …`): what a document says, it says
  /// from when it was issued. The report's mention may open at its subject or at its verb.
  func issuingEvent(of draft: EventDraft, among nearby: ArraySlice<Int>, drafts: ChunkedList<EventDraft>) -> Int? {
    let sentence = tagged.sentenceOf[draft.firstToken]
    var verb = draft.firstToken
    // The tagger may read the verb after the aside as a noun (`claims`): its place tells it.
    while verb < draft.firstToken + Self.asideReach + 4, verb < tagged.tokens.count, tagged.sentenceOf[verb] == sentence,
      !(tagged.isLowercaseWord(verb) && (tagged.has(verb, .speechVerb) || tagged.has(verb, .cognitionVerb)))
    {
      verb += 1
    }
    let close = verb - 1
    guard verb < tagged.tokens.count, tagged.sentenceOf[verb] == sentence, tagged.endsWith(verb, "s"), close > 0,
      tagged.has(close, .comma)
    else { return nil }
    var open = close - 1
    while open > close - Self.asideReach, open > 0, tagged.sentenceOf[open] == sentence, !tagged.has(open, .comma) { open -= 1 }
    let participle = open + 1
    guard tagged.has(open, .comma), participle < close, tagged.upos(participle) == .verb, tagged.isLowercaseWord(participle),
      tagged.has(participle, .pastVerb) || tagged.endsWith(participle, "ed")
    else { return nil }
    let aside = tagged.byteRange(participle..<close)
    return nearby.first { id in
      guard let date = drafts[id].date, let expression = date.expression, isPast(date) else { return false }
      return aside.contains(expression.start)
    }
  }
}
