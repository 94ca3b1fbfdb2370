/// Gathers the mentions of one document into events: a dated mention joins the event of the same
/// kind and a compatible date (`In October` and `the Oct. 10 ballot`), a reference joins the event
/// it names (`the attack`), and an event-anchored date is worked out from its anchor event.
struct EventAccumulator {
  let tagged: TaggedText
  /// The time the document's relative dates rest on.
  let reference: ReferenceTime?
  /// The events so far, in order of first mention. Chunked: a block of a long document may tell
  /// tens of thousands, and they are turned into document events a chunk at a time.
  private(set) var drafts = ChunkedList<EventDraft>()
  /// Every mention as (token, event), for narrative order; 32 bits each, as a block of a long
  /// document may hold a hundred thousand mentions.
  private(set) var narrative: [(token: Int32, event: Int32)] = []
  /// Every reference to an event told before (`the attack`), as (byte, event), in text order.
  private(set) var references: [(byte: Int, event: Int)] = []
  /// The bytes of the drafts' summaries, which the events made of them keep.
  private var summaries = TextPool()
  private var index = DatedEventIndex()
  /// For each kind family (by its place in `Event.Kind.allCases`), the events in the order of
  /// their mentions (an event once per mention).
  private var recent: [[Int]] = Array(repeating: [], count: Self.kinds.count)
  /// For each event, the place of its latest mention in its family's `recent` list.
  private var latestRecent: [Int] = []

  private static let kinds = Event.Kind.allCases

  /// What the mentions told by verbs tell, to keep apart two tellings of one day that tell
  /// different things.
  private var told: ToldContent { ToldContent(tagged: tagged) }
  /// For each event, the clause that told its summary (`ToldContent.clause`), in 32-bit numbers
  /// beside the drafts rather than in them, which stay at 136 bytes.
  private var toldBy: [ToldContent.Clause?] = []

  /// How many of the latest mentions of a kind a reference looks through.
  static let referenceReach = 64

  /// An accumulator for `tagged`, whose relative dates rest on `reference`.
  init(tagged: TaggedText, reference: ReferenceTime?) {
    self.tagged = tagged
    self.reference = reference
  }

  /// The events, taken out of the accumulator, which is left without events.
  mutating func takeDrafts() -> ChunkedList<EventDraft> {
    defer {
      drafts = ChunkedList()
      toldBy = []
    }
    return drafts
  }

  /// Adds one mention.
  mutating func add(_ mention: EventMention) {
    let span = tagged.span(tokens: mention.tokens)
    if mention.origin == .reference {
      // A noun the lexicon does not list as an event's (`After the decision,`) names one the
      // text told by its stem or as a deciding.
      guard
        let target = antecedent(
          of: mention.kind, plural: mention.isPlural, word: eventWord(mention.trigger),
          before: mention.tokens.lowerBound)
          ?? (tagged.has(mention.trigger, .triggerNoun) ? nil : latestEventNamed(by: mention.trigger))
      else {
        return
      }
      drafts[target].mentions.append(span)
      references.append((span.start, target))
      note(mention.tokens, target)
      return
    }
    let date = mention.date.flatMap { eventDate($0, in: mention.tokens) }.map { untilDate($0, of: mention) ?? $0 }
    let rank = Self.rank(mention, dated: date != nil)
    let hasWord = mention.origin == .verb || mention.origin == .datedNoun
    let word = hasWord ? eventWord(mention.trigger) : nil
    let isVerb = mention.origin == .verb && tagged.upos(mention.trigger) == .verb
    if let date, let target = compatible(mention.kind, date.value, word: word, isVerb: isVerb, mention: mention),
      !isCounted(mention.date, from: target)
    {
      merge(mention, span: span, date: date, rank: rank, into: target)
      return
    }
    // A lead's announcement in the perfect takes the day its later telling gives.
    if let date, let target = announcedEvent(of: mention, date: date, word: word) {
      index.move(target, kind: drafts[target].kind, from: drafts[target].date?.value, to: date.value)
      drafts[target].date = date
      merge(mention, span: span, date: date, rank: rank, into: target)
      return
    }
    // One buffer for both lists until either grows: most events are told once.
    let spans = [span]
    drafts.append(
      EventDraft(
        kind: mention.kind, date: date,
        summary: summaries.share(mention.summary ?? SpacedPunctuation.joined(tagged.string(tokens: mention.tokens))),
        summaryRank: rank, actors: mention.actors, primary: span, mentions: spans,
        telling: spans, firstToken: mention.tokens.lowerBound, lastToken: mention.tokens.lowerBound,
        isPlural: mention.isPlural, isKindGuessed: mention.origin == .dated, word: word, tense: mention.tense,
        namesUnresolvedTime: date == nil && (mention.date.map(namesTime) ?? false || mention.holdsTime)))
    toldBy.append(told.clause(of: mention))
    if let date { index.insert(drafts.count - 1, kind: mention.kind, value: date.value) }
    note(mention.tokens, drafts.count - 1)
  }

  /// The lemma of the event word at `token`, in lower case: `fought` and `fighting` are `fight`.
  func eventWord(_ token: Int) -> String {
    tagged.lemma(token).lowercased()
  }

  private mutating func note(_ tokens: Range<Int>, _ event: Int) {
    narrative.append((Int32(truncatingIfNeeded: tokens.lowerBound), Int32(truncatingIfNeeded: event)))
    drafts[event].lastToken = max(drafts[event].lastToken, tokens.lowerBound)
    let family = Self.slot(of: drafts[event].kind)
    if event == latestRecent.count { latestRecent.append(0) }
    latestRecent[event] = recent[family].count
    recent[family].append(event)
  }

  /// The place of a kind's family in `recent`.
  private static func slot(of kind: Event.Kind) -> Int {
    let family = DatedEventIndex.family(kind)
    return kinds.firstIndex(of: family) ?? 0
  }

  private mutating func merge(_ mention: EventMention, span: SourceSpan, date: EventDate, rank: Int, into target: Int) {
    drafts[target].mentions.append(span)
    drafts[target].telling.append(span)
    if let current = drafts[target].date, Self.isFiner(date.value, than: current.value) {
      drafts[target].date = date
      index.move(target, kind: drafts[target].kind, from: current.value, to: date.value)
    } else if let current = drafts[target].date, current.value == date.value, current.end == nil, date.end != nil {
      // A later telling of the same start that names the end too (`will run from 7 August` …
      // `from 7 August to 10 August`) keeps the whole range.
      drafts[target].date?.end = date.end
    }
    if mention.origin != .dated { drafts[target].isKindGuessed = false }
    if drafts[target].tense == nil { drafts[target].tense = mention.tense }
    if rank > drafts[target].summaryRank, let summary = mention.summary {
      drafts[target].summary = summaries.share(summary)
      drafts[target].summaryRank = rank
      if let clause = told.clause(of: mention) { toldBy[target] = clause }
      drafts[target].primary = span
      drafts[target].actors = mention.actors + drafts[target].actors.filter { !mention.actors.contains($0) }
    } else if mention.origin == .verb || drafts[target].actors.isEmpty {
      for actor in mention.actors where !drafts[target].actors.contains(actor) { drafts[target].actors.append(actor) }
    }
    note(mention.tokens, target)
  }

  /// The lowest rank of a summary a verb told: every rank from it up is a verb's.
  private static let verbRank = 3

  private static func rank(_ mention: EventMention, dated: Bool) -> Int {
    switch mention.origin {
    case .verb: dated ? verbRank + 1 : verbRank
    case .datedSolid, .dated: 2
    case .datedNoun: 1
    case .reference: 0
    }
  }

  /// The event date of the date source of a mention on `tokens`.
  private func eventDate(_ source: EventMention.DateSource, in tokens: Range<Int>) -> EventDate? {
    switch source {
    case .expression(let index):
      let time = tagged.times[index]
      guard time.value.interval != nil || reference == nil && time.value.isYearlessCalendarDate else { return nil }
      return EventDate(
        value: time.value, expression: tagged.span(time.range), resolution: time.resolution,
        isInferred: reference?.source.isGuessed == true && !restsOnStatedDates(time.resolution),
        end: tagged.rangeEnd(of: index) ?? sinceEnd(of: index, in: tokens))
    case .anchored(let anchored):
      let kind = tagged.eventKind(at: anchored.anchorNoun) ?? .other
      let plural = TriggerReader(tagged: tagged).isPlural(anchored.anchorNoun)
      let time = tagged.times[anchored.expression]
      let known = antecedent(of: kind, plural: plural, word: eventWord(anchored.anchorNoun), before: anchored.anchorNoun)
      guard let target = known ?? eventNamed(by: anchored.anchorNoun),
        let anchor = drafts[target].date, let point = anchor.value.point, let value = time.resolved(against: point)
      else { return eventDate(.expression(anchored.expression), in: tokens) }
      // An event found by the noun alone is a reading of the text, and the date says so.
      return EventDate(
        value: value, expression: tagged.span(tokens: anchored.tokens),
        resolution: .relativeToNarrative(anchor: anchor.expression?.range ?? tagged.byteRange(anchored.tokens)),
        isInferred: anchor.isInferred || known == nil, anchorEvent: target)
    }
  }

  /// How many moves from anchor to anchor are followed back to a stated date.
  private static let anchorChain = 8

  /// Whether a value worked out as `resolution` rests on dates the text states in full: it is
  /// explicit, or moved from an expression that is (`two days later` after `Oct. 4, 2023`), so a
  /// guessed reference does not make it inferred.
  private func restsOnStatedDates(_ resolution: TimeExpression.Resolution) -> Bool {
    var current = resolution
    for _ in 0..<Self.anchorChain {
      guard case .relativeToNarrative(let anchor) = current else { break }
      let found = tagged.times.partitioningIndex { $0.range.lowerBound >= anchor.lowerBound }
      guard found < tagged.times.count, tagged.times[found].range == anchor else { return false }
      current = tagged.times[found].resolution
    }
    return current == .explicit
  }

  /// The end of what has gone on `since` expression `time` (`have lost only once since December
  /// 1`, `has found a rhythm since Christmas`): the publication day, when the article gives it
  /// and it comes after the expression, which is the mention's own (not the point a `when` clause
  /// after it takes: `since December 2023, when the bank raised it`).
  private func sinceEnd(of time: Int, in tokens: Range<Int>) -> TimeValue? {
    let before = tagged.tokens(ofTime: time).lowerBound - 1
    guard tokens.contains(before), tagged.isWord(before, "since"), let reference, !reference.source.isGuessed,
      reference.point.precision >= .day, let start = tagged.times[time].value.interval,
      let now = reference.point.truncated(to: .day).interval, now.lowerBound > start.upperBound
    else { return nil }
    return .point(reference.point.truncated(to: .day))
  }

  /// The event a dated mention of `kind` joins: one with the same date, or the only one whose
  /// date contains it or lies inside it. An event of kind `other` is joined only by a mention of
  /// the same date told with the same event word (`the 1991 agreement`).
  /// A mention joins an event of a nested date only when they may be of one thing
  /// (`ToldContent.sameThing`).
  /// An event verb dated inside or around the date of an event told by a verb joins it only when
  /// the verbs have the same stem (`fought on Tuesday` … `fighting at 6 a.m.`): another verb
  /// tells a happening of its own in that day (`attacked the town on Wednesday` … `bombed the
  /// airport at 4:15 a.m.`).
  private func compatible(
    _ kind: Event.Kind, _ value: TimeValue, word: String?, isVerb: Bool, mention: EventMention
  ) -> Int? {
    let same = index.exact(kind: kind, value: value)
    let what = told.what(of: mention)
    if kind == .other {
      guard let word else { return nil }
      return same.first { drafts[$0].date?.value == value && drafts[$0].word == word && told.same(what, toldBy[$0]) }
    }
    if let found = same.first(where: { drafts[$0].date?.value == value && told.same(what, toldBy[$0]) }) { return found }
    var nested: Int?
    var count = 0
    index.forEachNested(kind: kind, value: value) { candidate in
      // What has happened is not what is still to come within the same time (`opened a data
      // centre earlier this year`, `is to launch in the fall`).
      if let tense = mention.tense, let other = drafts[candidate].tense, tense.isPast != other.isPast { return true }
      if isVerb, drafts[candidate].summaryRank >= Self.verbRank,
        !(word.flatMap { word in drafts[candidate].word.map { EventWordStem.related($0, word) } } ?? false)
      {
        return true
      }
      nested = candidate
      count += 1
      return count < 2
    }
    // What the two name before their verbs decides too: `the factory will open this year` is not
    // `the wind farm would open in June`.
    guard count == 1, let nested, told.sameThing(told.clause(of: mention), toldBy[nested]) else { return nil }
    return nested
  }

  private static func isFiner(_ value: TimeValue, than current: TimeValue) -> Bool {
    guard let new = value.interval, let old = current.interval else { return false }
    return new.count < old.count && old.lowerBound <= new.lowerBound && new.upperBound <= old.upperBound
  }

  /// How prominent an event is for a reference at `token`: told in the last two sentences, then
  /// told more often, then told more recently.
  private func salience(_ event: Int, at token: Int) -> (Int, Int, Int) {
    let sentence = Int(tagged.sentenceOf[min(token, tagged.sentenceOf.count - 1)])
    let last = Int(tagged.sentenceOf[drafts[event].lastToken])
    return (sentence - last <= 1 ? 1 : 0, drafts[event].mentions.count, drafts[event].lastToken)
  }

  /// The event a reference of `kind` at `token` names, among the events of that kind told before
  /// it by an event word of their own, those told by a word of the same stem as the reference's
  /// `word` first (`the resignation` names `resigned`): for a singular reference (`the attack`),
  /// the latest dated one, else the latest singular one; for a plural reference (`the
  /// elections`), the latest one first told in the plural, dated ones first. An event of kind
  /// `other` is named only by a word of its stem: the kind alone says nothing of which happening.
  func antecedent(of kind: Event.Kind, plural: Bool, word: String, before token: Int) -> Int? {
    let mentions = recent[Self.slot(of: kind)]
    var earlier: [Int] = []
    // An event counts once, at its latest mention: a mention that is not its latest is skipped.
    for place in stride(from: mentions.count - 1, through: max(0, mentions.count - Self.referenceReach), by: -1) {
      let event = mentions[place]
      if latestRecent[event] == place, drafts[event].firstToken < token, !drafts[event].isKindGuessed {
        earlier.append(event)
      }
    }
    let related = earlier.filter { drafts[$0].word.map { EventWordStem.related($0, word) } ?? false }
    if !related.isEmpty {
      earlier = related
    } else if DatedEventIndex.family(kind) == .other {
      return nil
    }
    let latest = { (candidates: [Int]) in candidates.max { salience($0, at: token) < salience($1, at: token) } }
    let dated = earlier.filter { drafts[$0].date != nil }
    if plural {
      return latest(dated.filter { drafts[$0].isPlural }) ?? latest(earlier.filter { drafts[$0].isPlural })
    }
    return latest(dated) ?? latest(earlier.filter { !drafts[$0].isPlural })
  }
}
