/// Merges the extractions of several documents into one timeline: actors and events that several
/// documents tell become one, quotes keep their speakers, and the events are put in timeline
/// order. The result depends only on the extractions and their order.
public enum TimelineAssembler {
  /// The timeline of `extractions`, taken in order.
  public static func assemble(_ extractions: [DocumentExtraction]) -> Timeline {
    var copy = extractions
    return assemble(draining: &copy)
  }

  /// The timeline of `extractions`, taken in order; each extraction's actors, quotes and events
  /// are let go as soon as they are merged (the documents stay), so that the merged timeline and
  /// the extractions are never held whole at once.
  public static func assemble(draining extractions: inout [DocumentExtraction]) -> Timeline {
    var actorMerger = ActorMerger()
    var eventMerger = EventMerger()
    var quotes: [Quote] = []
    var findings: [Finding] = []
    var documents: [Document] = []
    documents.reserveCapacity(extractions.count)
    for index in extractions.indices {
      let extraction = extractions[index]
      extractions[index].actors = []
      extractions[index].quotes = []
      extractions[index].events = []
      extractions[index].findings = []
      documents.append(extraction.document)
      let actorIDs = actorMerger.add(extraction.actors)
      var quoteIDs: [Int] = []
      for var quote in extraction.quotes {
        quote.id = quotes.count
        quote.speaker = quote.speaker.map { actorIDs[$0] }
        quoteIDs.append(quote.id)
        quotes.append(quote)
      }
      eventMerger.add(extraction.events, document: extraction.document.id, actorIDs: actorIDs, quoteIDs: quoteIDs)
      findings += extraction.findings
    }
    let order = TimelineOrdering.order(
      eventMerger.events, origins: eventMerger.origins, neighbours: eventMerger.neighbours)
    var position = Array(repeating: 0, count: order.count)
    for (index, id) in order.enumerated() { position[id] = index }
    let anchors = eventMerger.anchors
    var events = eventMerger.takeEvents()
    for id in events.indices where events[id].date != nil {
      events[id].date?.anchorEvent = anchors[id].map { position[$0] }
    }
    Self.permute(&events, to: order)
    for index in events.indices { events[index].id = index }
    var actors = actorMerger.actors
    for event in events {
      for actor in event.actors { actors[actor].eventCount += 1 }
    }
    for quote in quotes {
      if let speaker = quote.speaker { actors[speaker].quoteCount += 1 }
    }
    return Timeline(
      documents: documents, actors: actors, quotes: quotes, events: events, findings: findings)
  }

  /// Puts `items[order[i]]` at `i` for every `i`, in place.
  private static func permute<Item>(_ items: inout [Item], to order: [Int]) {
    var placed = [Bool](repeating: false, count: items.count)
    for start in items.indices where !placed[start] {
      var slot = start
      while true {
        placed[slot] = true
        let source = order[slot]
        if source == start { break }
        items.swapAt(slot, source)
        slot = source
      }
    }
  }
}
