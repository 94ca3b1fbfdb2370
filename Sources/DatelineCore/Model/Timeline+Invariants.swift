extension Timeline {
  /// What is wrong with the timeline's internal consistency, as sentences; empty when all holds:
  /// every span lies inside its document and on character boundaries with the right paragraph,
  /// ids match positions and references resolve, and dated events are in timeline order (an
  /// event inferred to be of a day may follow the finer times of that day).
  public func invariantViolations() -> [String] {
    var problems: [String] = []
    func check(_ span: SourceSpan, _ what: String) {
      guard span.document >= 0, span.document < documents.count else {
        return problems.append("\(what): document \(span.document) does not exist")
      }
      let document = documents[span.document]
      guard span.start >= 0, span.start <= span.end, span.end <= document.text.count else {
        return problems.append("\(what): bytes \(span.start)..<\(span.end) outside 0..<\(document.text.count)")
      }
      for offset in [span.start, span.end] where offset < document.text.count && document.text[offset] & 0xC0 == 0x80 {
        problems.append("\(what): byte \(offset) is inside a character")
      }
      if !document.paragraphs.isEmpty && span.paragraph != document.paragraph(containing: span.start) {
        problems.append("\(what): paragraph \(span.paragraph), expected \(document.paragraph(containing: span.start))")
      }
    }
    for (index, actor) in actors.enumerated() {
      if actor.id != index { problems.append("actor \(index) has id \(actor.id)") }
      for mention in actor.mentions { check(mention, "actor \(index) mention") }
    }
    for (index, quote) in quotes.enumerated() {
      if quote.id != index { problems.append("quote \(index) has id \(quote.id)") }
      check(quote.span, "quote \(index)")
      if let cue = quote.cue { check(cue, "quote \(index) cue") }
      if let speaker = quote.speaker, !actors.indices.contains(speaker) { problems.append("quote \(index): no speaker \(speaker)") }
    }
    var previousDate: TimeValue?
    for (index, event) in events.enumerated() {
      if event.id != index { problems.append("event \(index) has id \(event.id)") }
      for mention in event.mentions { check(mention, "event \(index) mention") }
      if let expression = event.date?.expression { check(expression, "event \(index) date") }
      for actor in event.actorIDs where !actors.indices.contains(actor) { problems.append("event \(index): no actor \(actor)") }
      for quote in event.quotes where !quotes.indices.contains(quote) { problems.append("event \(index): no quote \(quote)") }
      if let date = event.date?.value, let interval = date.interval {
        // An event only inferred to be of a whole day follows the finer times of that day its
        // story told before it: it is checked against none of them.
        let followsInDay = event.date?.inference != nil && interval.count == 1440
          && previousDate?.interval.map { interval.contains($0.lowerBound) && interval.contains($0.upperBound) } == true
        if !followsInDay {
          if let previous = previousDate, TimeValue.timelineOrder(date, previous) {
            problems.append("event \(index) (\(date.timex)) is before the previous dated event (\(previous.timex))")
          }
          previousDate = date
        }
      }
    }
    for finding in findings { if let span = finding.span { check(span, "finding \(finding.kind.rawValue)") } }
    return problems
  }
}
