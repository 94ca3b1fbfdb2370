/// Gathers the mentions of one document into events: a dated mention joins the event of the same
/// kind and a compatible date (`In October` and `the Oct. 10 ballot`), a reference joins the event
/// it names (`the attack`), and an event-anchored date is worked out from its anchor event.
struct EventAccumulator {
  private let tagged: TaggedText
  private let reference: ReferenceTime?
  /// The events so far, in order of first mention.
  private(set) var drafts: [EventDraft] = []
  /// Every mention as (token, event), for narrative order.
  private(set) var narrative: [(token: Int, event: Int)] = []

  /// An accumulator for `tagged`, whose relative dates rest on `reference`.
  init(tagged: TaggedText, reference: ReferenceTime?) {
    self.tagged = tagged
    self.reference = reference
  }

  /// Adds one mention.
  mutating func add(_ mention: EventMention) {
    let span = tagged.span(tokens: mention.tokens)
    if mention.origin == .reference {
      guard let target = antecedent(of: mention.kind, plural: mention.isPlural, before: mention.tokens.lowerBound) else {
        return
      }
      drafts[target].mentions.append(span)
      note(mention.tokens, target)
      return
    }
    let date = mention.date.flatMap(eventDate)
    let rank = Self.rank(mention, dated: date != nil)
    if let date, let target = compatible(mention.kind, date.value) {
      merge(mention, span: span, date: date, rank: rank, into: target)
      return
    }
    drafts.append(
      EventDraft(
        kind: mention.kind, date: date, summary: mention.summary ?? tagged.string(tokens: mention.tokens),
        summaryRank: rank, actors: mention.actors, primary: span, mentions: [span],
        telling: [span.paragraph], firstToken: mention.tokens.lowerBound, lastToken: mention.tokens.lowerBound,
        isPlural: mention.isPlural, isKindGuessed: mention.origin == .dated))
    note(mention.tokens, drafts.count - 1)
  }

  private mutating func note(_ tokens: Range<Int>, _ event: Int) {
    narrative.append((tokens.lowerBound, event))
    drafts[event].lastToken = max(drafts[event].lastToken, tokens.lowerBound)
  }

  private mutating func merge(_ mention: EventMention, span: SourceSpan, date: EventDate, rank: Int, into target: Int) {
    var draft = drafts[target]
    draft.mentions.append(span)
    draft.telling.insert(span.paragraph)
    if let current = draft.date, Self.isFiner(date.value, than: current.value) { draft.date = date }
    if mention.origin != .dated { draft.isKindGuessed = false }
    if rank > draft.summaryRank, let summary = mention.summary {
      draft.summary = summary
      draft.summaryRank = rank
      draft.primary = span
      draft.actors = mention.actors + draft.actors.filter { !mention.actors.contains($0) }
    } else if mention.origin == .verb || draft.actors.isEmpty {
      draft.actors += mention.actors.filter { !draft.actors.contains($0) }
    }
    drafts[target] = draft
    note(mention.tokens, target)
  }

  private static func rank(_ mention: EventMention, dated: Bool) -> Int {
    switch mention.origin {
    case .verb: dated ? 4 : 3
    case .datedSolid, .dated: 2
    case .datedNoun: 1
    case .reference: 0
    }
  }

  /// The event date of a mention's date source.
  private func eventDate(_ source: EventMention.DateSource) -> EventDate? {
    switch source {
    case .expression(let index):
      let time = tagged.times[index]
      return EventDate(
        value: time.value, expression: tagged.span(time.range), resolution: time.resolution,
        isInferred: reference?.source == .inferred && time.resolution != .explicit)
    case .anchored(let anchored):
      let kind = tagged.infos[anchored.anchorNoun].eventKind ?? .other
      let plural = TriggerReader(tagged: tagged).isPlural(anchored.anchorNoun)
      guard let target = antecedent(of: kind, plural: plural, before: anchored.anchorNoun),
        let anchor = drafts[target].date, let value = anchored.value(from: anchor.value)
      else { return nil }
      return EventDate(
        value: value, expression: tagged.span(tokens: anchored.tokens),
        resolution: .relativeToNarrative(anchor: anchor.expression?.range ?? tagged.byteRange(anchored.tokens)),
        isInferred: anchor.isInferred, anchorEvent: target)
    }
  }

  /// Kinds that one event may be told as.
  private static func family(_ kind: Event.Kind) -> Event.Kind {
    kind == .death ? .attack : kind
  }

  /// The event a dated mention of `kind` joins: one with the same date, or the only one whose
  /// date contains it or lies inside it. Events of kind `other` are never joined.
  private func compatible(_ kind: Event.Kind, _ value: TimeValue) -> Int? {
    guard kind != .other, let interval = value.interval else { return nil }
    let family = Self.family(kind)
    var nested: [Int] = []
    for (index, draft) in drafts.enumerated() where Self.family(draft.kind) == family {
      guard let date = draft.date?.value, let other = date.interval else { continue }
      if date == value { return index }
      let contains = other.lowerBound <= interval.lowerBound && interval.upperBound <= other.upperBound
      let inside = interval.lowerBound <= other.lowerBound && other.upperBound <= interval.upperBound
      if contains || inside { nested.append(index) }
    }
    return nested.count == 1 ? nested[0] : nil
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
  /// it by an event word of their own: for a singular reference (`the attack`), the latest dated
  /// one, else the latest singular one; for a plural reference (`the elections`), the latest one
  /// first told in the plural, dated ones first.
  func antecedent(of kind: Event.Kind, plural: Bool, before token: Int) -> Int? {
    let family = Self.family(kind)
    let earlier = drafts.indices.filter {
      Self.family(drafts[$0].kind) == family && drafts[$0].firstToken < token && !drafts[$0].isKindGuessed
    }
    let latest = { (candidates: [Int]) in candidates.max { salience($0, at: token) < salience($1, at: token) } }
    let dated = earlier.filter { drafts[$0].date != nil }
    if plural {
      return latest(dated.filter { drafts[$0].isPlural }) ?? latest(earlier.filter { drafts[$0].isPlural })
    }
    return latest(dated) ?? latest(earlier.filter { !drafts[$0].isPlural })
  }
}
