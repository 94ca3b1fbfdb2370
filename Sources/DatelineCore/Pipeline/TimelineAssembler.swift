/// Merges the extractions of several documents into one timeline: actors and events that several
/// documents tell become one, quotes keep their speakers, and the events are put in timeline
/// order. The result depends only on the extractions and their order.
public enum TimelineAssembler {
  /// The timeline of `extractions`, taken in order.
  public static func assemble(_ extractions: [DocumentExtraction]) -> Timeline {
    var actorMerger = ActorMerger()
    var eventMerger = EventMerger()
    var quotes: [Quote] = []
    var findings: [Finding] = []
    for extraction in extractions {
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
    let merged = eventMerger.events
    let order = TimelineOrdering.order(merged)
    var position = Array(repeating: 0, count: merged.count)
    for (index, id) in order.enumerated() { position[id] = index }
    let events = order.enumerated().map { index, id in
      var event = merged[id].event
      event.id = index
      if event.date != nil { event.date?.anchorEvent = merged[id].anchor.map { position[$0] } }
      return event
    }
    var actors = actorMerger.actors
    for event in events {
      for actor in event.actors { actors[actor].eventCount += 1 }
    }
    for quote in quotes {
      if let speaker = quote.speaker { actors[speaker].quoteCount += 1 }
    }
    return Timeline(
      documents: extractions.map(\.document), actors: actors, quotes: quotes, events: events, findings: findings)
  }
}
