/// Builds the events of one document from its tagged text, actors and quotes: finds the mentions
/// sentence by sentence, gathers them into events, links the quotes that back them and notes each
/// undated event's dated neighbour.
struct EventBuilder {
  let tagged: TaggedText
  let actors: DocumentActors
  let quotes: DocumentQuotes
  let scan: QuoteScan
  /// Who the pronouns of the document stand for, over the same actors and quotation marks.
  let pronouns: PronounResolver
  /// Byte ranges of code listings and program output, in order (`Document.listings`): their
  /// sentences tell no events.
  var listings: [Range<Int>] = []

  /// The events of the document (or of one block of it), numbered in order of first mention,
  /// dated with what the blocks before left (`dating`), which is then set to what this one leaves.
  func events(reference: ReferenceTime?, dating: inout BlockDating) -> [DocumentEvent] {
    let finder = EventMentionFinder(tagged: tagged, actors: actors, scan: scan, pronouns: pronouns)
    var accumulator = EventAccumulator(tagged: tagged, reference: reference)
    var recentGroup: (sentence: Int, actor: Int)?
    var listing = 0
    for sentence in tagged.sentences {
      let start = tagged.byteRange(sentence.tokens).lowerBound
      while listing < listings.count, listings[listing].upperBound <= start { listing += 1 }
      if listing < listings.count, listings[listing].contains(start) { continue }
      // Each mention's summary is let go of once it is added (its draft keeps a pooled copy): a
      // sentence of 25,000 relative clauses held 1.6 MB of them until its last mention was.
      var found = finder.mentions(in: sentence, recentGroup: &recentGroup)
      for index in found.indices {
        accumulator.add(found[index])
        found[index].summary = nil
      }
    }
    var drafts = accumulator.takeDrafts()
    let neighbours = Self.neighbours(drafts, accumulator.narrative)
    let inferred = NarrativeDating(tagged: tagged, reference: reference).dates(
      of: drafts, references: accumulator.references, dating: &dating)
    // Its narrative order, recent events and date index are let go of before the events are
    // made: they are not needed for it, and held a block's every mention beside its events.
    _ = consume accumulator
    var events: [DocumentEvent] = []
    events.reserveCapacity(drafts.count)
    let homes = quoteHomes()
    drafts.drain { draft in
      let id = events.count
      let backing = backingQuotes(draft, homes: homes)
      let event = Event(
        id: id, date: draft.date ?? inferred[id], kind: draft.kind, summary: draft.summary,
        actors: draft.kind == .statement ? withNamesQuoted(draft.actors, backing) : draft.actors,
        quotes: backing, mentions: Self.mentions(of: draft))
      let neighbour = neighbours[id]
      events.append(
        DocumentEvent(
          event: event, position: draft.firstToken, neighbour: neighbour.event < 0 ? nil : Int(neighbour.event),
          neighbourFollows: neighbour.follows, word: draft.word))
    }
    return events
  }

  /// The mentions of `draft`, its primary one first and the others in text order, built in one
  /// array of their size (an event may be told a million times); the draft's own list when it was
  /// told once.
  private static func mentions(of draft: EventDraft) -> [SourceSpan] {
    if draft.mentions.count == 1, draft.mentions[0] == draft.primary { return draft.mentions }
    var mentions: [SourceSpan] = []
    mentions.reserveCapacity(draft.mentions.count)
    mentions.append(draft.primary)
    for mention in draft.mentions where mention != draft.primary { mentions.append(mention) }
    mentions[1...].sort()
    return mentions
  }

  /// A statement's actors and, after them, those its quotes name (`“Steve will continue to
  /// serve Apple,” Levinson said` is about Steve Jobs too).
  private func withNamesQuoted(_ actors: [Int], _ backing: [Int]) -> [Int] {
    var result = actors
    for quote in backing {
      for mention in self.actors.mentions(in: quotes.tokens[quote]) where !result.contains(mention.actor) {
        result.append(mention.actor)
      }
    }
    return result
  }

  /// How far from a mention that tells an event a direct quotation may start and still back it,
  /// in bytes: a bound on the quotes read for each mention, far beyond a sentence.
  private static let backingReach = 1500

  /// Where a direct quotation backs the events told: the bytes of the sentences it stands in,
  /// and the cue of the statement it belongs to.
  private struct QuoteHome {
    var sentences: Range<Int>
    var cue: SourceSpan?
  }

  /// How many paragraphs after its statement's cue a quotation that goes on with its speaker may
  /// stand and still belong to that statement.
  private static let continuationReach = 2

  /// For each quote, where it backs events. A quotation with no cue of its own that goes on with
  /// the speaker of the direct quotation before it (`“…,” Lena Ortiz said. “Nobody listened.”`)
  /// belongs to that one's statement, up to two paragraphs after its cue: a long exchange of
  /// lines is not all one statement.
  private func quoteHomes() -> [QuoteHome] {
    var homes: [QuoteHome] = []
    homes.reserveCapacity(quotes.quotes.count)
    var lastDirect: Int?
    for (index, quote) in quotes.quotes.enumerated() {
      let tokens = quotes.tokens[index]
      guard !quote.isIndirect, !tokens.isEmpty else {
        homes.append(QuoteHome(sentences: 0..<0, cue: nil))
        continue
      }
      let first = tagged.sentences[Int(tagged.sentenceOf[tokens.lowerBound])].tokens
      let last = tagged.sentences[Int(tagged.sentenceOf[tokens.upperBound - 1])].tokens
      var cue = quote.cue
      if cue == nil, let lastDirect, quote.speaker != nil, quotes.quotes[lastDirect].speaker == quote.speaker,
        let before = homes[lastDirect].cue, quote.span.paragraph - before.paragraph <= Self.continuationReach
      {
        cue = before
      }
      homes.append(QuoteHome(sentences: tagged.byteRange(first.lowerBound..<last.upperBound), cue: cue))
      lastDirect = index
    }
    return homes
  }

  /// The quotes that contain a mention of the event, and the direct quotations that stand in a
  /// sentence that tells it or belong to a statement that tells it (their cue is in a mention
  /// that tells it). A quotation backs the events of its own sentence, not every event of its
  /// paragraph.
  private func backingQuotes(_ draft: EventDraft, homes: [QuoteHome]) -> [Int] {
    var found: [Int] = []
    for mention in draft.telling {
      var index = firstQuote(startingAtOrAfter: mention.start - Self.backingReach)
      while index < quotes.quotes.count, quotes.quotes[index].span.start <= mention.end + Self.backingReach {
        let home = homes[index]
        if home.sentences.contains(mention.start) || home.cue.map(mention.overlaps) == true { found.append(index) }
        index += 1
      }
    }
    for mention in draft.mentions {
      let index = firstQuote(startingAtOrAfter: mention.start + 1) - 1
      if index >= 0, quotes.quotes[index].span.contains(mention) { found.append(index) }
    }
    guard found.count > 1 else { return found }
    found.sort()
    var unique: [Int] = []
    unique.reserveCapacity(found.count)
    for index in found where unique.last != index { unique.append(index) }
    return unique
  }

  /// The index of the first quote (in text order) that starts at or after byte `offset`.
  private func firstQuote(startingAtOrAfter offset: Int) -> Int {
    quotes.quotes.partitioningIndex { $0.span.start >= offset }
  }

  /// For each event, by id: for an undated one, the dated event told last before its first
  /// mention, or else the first dated one told after it; -1 for none, for a dated event, and for
  /// one that names a time of its own that could not be worked out (`next week` in a text with no
  /// reference is not the week of the year told before it). A state told in the perfect (`has
  /// had four derailments since 2021`) reaches to the time of telling, so it places none of the
  /// events told around it at its start, nor sends those told after it to a later dated one.
  private static func neighbours(
    _ drafts: ChunkedList<EventDraft>, _ narrative: [(token: Int32, event: Int32)]
  ) -> [(event: Int32, follows: Bool)] {
    let order = narrative.sorted { ($0.token, $0.event) < ($1.token, $1.event) }
    var result = [(event: Int32, follows: Bool)](repeating: (-1, false), count: drafts.count)
    var lastDated: Int?
    var waiting: [Int] = []
    var afterState = false
    for entry in order {
      let event = Int(entry.event)
      if drafts[event].date != nil {
        afterState = Self.reachesTheTimeOfTelling(drafts[event])
        lastDated = afterState ? nil : event
        if !afterState { for waiter in waiting { result[waiter] = (entry.event, true) } }
        waiting = []
      } else if result[event].event < 0, drafts[event].firstToken == Int(entry.token),
        !drafts[event].namesUnresolvedTime
      {
        if let lastDated {
          result[event] = (Int32(lastDated), false)
        } else if !afterState {
          waiting.append(event)
        }
      }
    }
    return result
  }

  /// Whether a dated event is told as a state that lasts until the time of telling.
  private static func reachesTheTimeOfTelling(_ draft: EventDraft) -> Bool {
    switch draft.tense {
    case .perfect?, .state?: true
    default: false
    }
  }
}
