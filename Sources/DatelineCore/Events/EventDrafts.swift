/// The events of one text gathered from their mentions (`EventBuilder.drafts(reference:)`), with
/// the actors and quotes they are linked to: all that making them into document events needs, so
/// that the tagged text, whose per-token arrays are the most of a block's memory, is let go of
/// before the events are made.
struct EventDrafts {
  /// The events, in order of first mention.
  var drafts: ChunkedList<EventDraft>
  /// For each event, its dated neighbour (see `EventBuilder.neighbours`).
  let neighbours: [(event: Int32, follows: Bool)]
  /// For each event, the date the narrative gives it when it states none.
  let inferred: [EventDate?]
  /// The actors of the text.
  let actors: DocumentActors
  /// The quotes of the text.
  let quotes: DocumentQuotes

  /// The events of the text, numbered in order of first mention, made from the drafts, which are
  /// taken out: each chunk of them is let go of once its events are made.
  mutating func takeEvents() -> [DocumentEvent] {
    var drafts = ChunkedList<EventDraft>()
    swap(&drafts, &self.drafts)
    var events: [DocumentEvent] = []
    events.reserveCapacity(drafts.count)
    var texts = TextPool()
    drafts.drain { draft in
      let id = events.count
      let backing = backingQuotes(draft)
      let event = Event(
        id: id, date: draft.date ?? inferred[id], kind: draft.kind, summary: texts.share(draft.summary),
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

  /// How far from a mention that tells an event a quotation in the same paragraph may stand and
  /// still back it, in bytes.
  private static let backingReach = 1500

  /// The quotes that contain a mention of the event, or stand near a mention that tells it in the
  /// same paragraph.
  private func backingQuotes(_ draft: EventDraft) -> [Int] {
    var found: [Int] = []
    for mention in draft.telling {
      var index = firstQuote(startingAtOrAfter: mention.start - Self.backingReach)
      while index < quotes.quotes.count, quotes.quotes[index].span.start <= mention.end + Self.backingReach {
        let quote = quotes.quotes[index]
        if quote.span.paragraph == mention.paragraph && !quote.isIndirect { found.append(index) }
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
}
