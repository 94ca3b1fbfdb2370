/// Builds the events of one document from its tagged text, actors and quotes: finds the mentions
/// sentence by sentence, gathers them into drafts and notes each undated event's dated neighbour;
/// `EventDrafts` makes them into events and links the quotes that back them.
struct EventBuilder {
  let tagged: TaggedText
  let actors: DocumentActors
  let quotes: DocumentQuotes
  let scan: QuoteScan
  /// Who the pronouns of the document stand for, over the same actors and quotation marks.
  let pronouns: PronounResolver

  /// The events of the document, gathered from its mentions, with what making them into document
  /// events needs besides the tagged text (`EventDrafts.takeEvents()`).
  func drafts(reference: ReferenceTime?) -> EventDrafts {
    let finder = EventMentionFinder(tagged: tagged, actors: actors, scan: scan, pronouns: pronouns)
    var accumulator = EventAccumulator(tagged: tagged, reference: reference)
    var recentGroup: (sentence: Int, actor: Int)?
    for sentence in tagged.sentences {
      for mention in finder.mentions(in: sentence, recentGroup: &recentGroup) { accumulator.add(mention) }
    }
    let drafts = accumulator.takeDrafts()
    let neighbours = Self.neighbours(drafts, accumulator.narrative)
    let inferred = NarrativeDating(tagged: tagged, reference: reference).dates(
      of: drafts, references: accumulator.references)
    return EventDrafts(drafts: drafts, neighbours: neighbours, inferred: inferred, actors: actors, quotes: quotes)
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
