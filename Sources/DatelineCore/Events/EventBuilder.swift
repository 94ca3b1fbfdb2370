/// Turns the tagged sentences of documents into events and puts them in timeline order.
public struct EventBuilder: Sendable {
  /// Creates a builder.
  public init() {}

  /// The events of one document: one per sentence that carries a dated expression.
  public func events(
    in document: Document, analysis: TextAnalysis, times: [TimeExpression], reference: ReferenceTime?
  ) -> [Event] {
    var events: [Event] = []
    for time in times where time.kind == .date || time.kind == .time {
      guard time.value.interval != nil, let sentenceIndex = analysis.sentenceIndex(containing: time.range.lowerBound)
      else { continue }
      let sentence = analysis.sentences[sentenceIndex]
      if events.last?.mentions.first?.range == sentence.range { continue }
      let date = EventDate(
        value: time.value, expression: document.span(time.range), resolution: time.resolution,
        isInferred: reference?.source == .inferred && time.resolution != .explicit)
      events.append(
        Event(
          id: events.count, date: date, kind: .other, summary: Self.summary(analysis.string(sentence.range)),
          mentions: [document.span(sentence.range)]))
    }
    return events
  }

  /// Sorts events into timeline order (stable, so narrative order breaks ties) and renumbers them.
  public func ordered(_ events: [Event]) -> [Event] {
    let sorted = events.enumerated().sorted { lhs, rhs in
      switch (lhs.element.date?.value, rhs.element.date?.value) {
      case (let l?, let r?):
        if TimeValue.timelineOrder(l, r) { return true }
        if TimeValue.timelineOrder(r, l) { return false }
        return lhs.offset < rhs.offset
      default:
        return lhs.offset < rhs.offset
      }
    }
    return sorted.enumerated().map { position, pair in
      var event = pair.element
      event.id = position
      return event
    }
  }

  private static func summary(_ sentence: String) -> String {
    let limit = 160
    guard sentence.count > limit else { return sentence }
    return String(sentence.prefix(limit - 1)) + "…"
  }
}
