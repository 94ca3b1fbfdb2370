/// Merges the extractions of several documents into one timeline: actors and events that several
/// documents tell become one, quotes keep their speakers, and the events are put in timeline
/// order. The result depends only on the extractions and their order.
///
/// Extractions are added one at a time, in document order, as soon as each is made: only the
/// merged timeline is kept, never every document's extraction at once.
public struct TimelineAssembler: Sendable {
  private var actorMerger = ActorMerger()
  private var eventMerger = EventMerger()
  private var quotes = ChunkedList<Quote>()
  private var findings: [Finding] = []
  private var documents: [Document] = []
  /// The text of the document added last, which the names and summaries of its actors and events
  /// are kept as ranges of when they are its words.
  private var text: SharedBytes?

  /// An assembler with nothing added.
  public init() {}

  /// How many documents were added so far (the id the next document takes).
  public var documentCount: Int { documents.count }

  /// The timeline of `extractions`, taken in order.
  public static func assemble(_ extractions: [DocumentExtraction]) -> Timeline {
    var assembler = TimelineAssembler()
    for extraction in extractions { assembler.add(extraction) }
    return assembler.takeTimeline()
  }

  /// Merges the extraction of the next document.
  public mutating func add(_ extraction: DocumentExtraction) {
    documents.append(extraction.document)
    text = SharedBytes(extraction.document.text)
    merge(extraction, isLaterBlock: false)
  }

  /// Merges the extraction of a later block of the document added last
  /// (`DocumentExtractor.extract(_:timings:blocks:)`): the document is not listed again, and
  /// what the block tells is merged as if it were a document of its own.
  public mutating func addBlock(_ extraction: DocumentExtraction) {
    merge(extraction, isLaterBlock: true)
  }

  private mutating func merge(_ extraction: DocumentExtraction, isLaterBlock: Bool) {
    let actorIDs = actorMerger.add(extraction.actors, text: text)
    var quoteIDs: [Int] = []
    quoteIDs.reserveCapacity(extraction.quotes.count)
    for var quote in extraction.quotes {
      quote.id = quotes.count
      quote.speaker = quote.speaker.map { actorIDs[$0] }
      quoteIDs.append(quote.id)
      quotes.append(quote)
    }
    eventMerger.add(
      extraction.events, document: extraction.document.id, published: extraction.document.metadata.published,
      actorIDs: actorIDs, quoteIDs: quoteIDs, text: text, storyLead: extraction.storyLead, isLaterBlock: isLaterBlock)
    findings += extraction.findings
  }

  /// The timeline of what was added so far; the assembler can go on.
  public func timeline() -> Timeline {
    var copy = self
    return copy.takeTimeline()
  }

  /// The timeline of what was added, taking the merged events and actors out of the assembler
  /// without a copy; add nothing after this.
  public mutating func takeTimeline() -> Timeline {
    // The event merger's matching tables are let go of before the actors and events are taken,
    // which holds both copies of each for a moment (the actor merger lets go of its own indexes).
    eventMerger.finishMatching()
    var actors = actorMerger.takeActors()
    FreedPages.release()
    var events = eventMerger.takeEvents()
    var origins = eventMerger.origins
    var neighbours = eventMerger.neighbours
    let anchors = eventMerger.anchors
    eventMerger = EventMerger()
    let order = TimelineOrdering.order(events, origins: &origins, neighbours: &neighbours)
    // Only the events others are anchored to need their place; a list of every event's took 4
    // bytes an event.
    var position: [Int: Int] = [:]
    for target in anchors.values { position[target] = 0 }
    if !position.isEmpty {
      for (index, id) in order.enumerated() where position[Int(id)] != nil { position[Int(id)] = index }
    }
    for id in events.indices where events[id].date != nil {
      events[id].date?.anchorEvent = anchors[id].flatMap { position[$0] }
    }
    Self.permute(&events, to: order)
    var findings = self.findings
    for index in events.indices {
      events[index].id = index
      events[index].disagreements = DisagreementFinder.disagreements(of: events[index], in: documents)
      for disagreement in events[index].disagreements {
        findings.append(finding(disagreement, of: events[index]))
      }
    }
    for index in events.indices {
      for actor in events[index].actorIDs { actors[actor].eventCount += 1 }
    }
    let quotes = self.quotes.takeAll()
    for index in quotes.indices {
      if let speaker = quotes[index].speaker { actors[speaker].quoteCount += 1 }
    }
    return Timeline(documents: documents, actors: actors, quotes: quotes, events: events, findings: findings)
  }

  /// The finding that reports `disagreement` on `event`.
  private func finding(_ disagreement: Disagreement, of event: Event) -> Finding {
    Finding(
      .sourcesDisagree, span: disagreement.versions.first?.spans.first,
      message: "articles differ on “" + event.summary + "”: " + disagreement.versionsText(documents))
  }

  /// Puts `items[order[i]]` at `i` for every `i`, in place; items are moved, never copied.
  private static func permute<Item>(_ items: inout [Item], to order: [Int32]) {
    var placed = [Bool](repeating: false, count: items.count)
    items.withUnsafeMutableBufferPointer { buffer in
      for start in buffer.indices where !placed[start] {
        var slot = start
        while true {
          placed[slot] = true
          let source = Int(order[slot])
          if source == start { break }
          buffer.swapAt(slot, source)
          slot = source
        }
      }
    }
  }
}
