import DatelineCore

extension AppState {
  /// Copies the selected event (or quote, in the Quotes pane: dated by the event it backs, else by
  /// its article) with its date and source.
  mutating func copySelection() {
    let timeline = model.timeline
    let text: String
    if focus == .quotes, let id = model.quotesBySpeaker[safe: quotesList.cursor] {
      let quote = timeline.quotes[id]
      let speaker = quote.speaker.map { timeline.actors[$0].name } ?? "unattributed"
      let event = timeline.events.first { $0.quotes.contains(id) }
      let date = event?.date.map { DateLabel.text(for: $0) }
        ?? timeline.documents[quote.span.document].metadata.published.map { DateLabel.text(for: $0) } ?? "undated"
      text = "\(date) — “\(timeline.text(quote.span))” — \(speaker) (\(sourceLabel(quote.span)))"
    } else if let event = selectedEvent {
      let date = event.date.map { DateLabel.text(for: $0) } ?? "undated"
      text = "\(date) — \(event.summary) (\(event.mentions.first.map(sourceLabel) ?? "no source"))"
    } else {
      return message = StatusMessage(text: "nothing to copy", isError: true)
    }
    effects.append(.copy(text))
    message = StatusMessage(text: "copied: \(text.prefix(60))", isError: false)
  }

  /// "Arab News, kadhimi-drone-attack.txt ¶14".
  func sourceLabel(_ span: SourceSpan) -> String {
    let document = model.timeline.documents[span.document]
    let name = document.name.split(separator: "/").last.map(String.init) ?? document.name
    let publisher = document.metadata.source.map { $0 + ", " } ?? ""
    return "\(publisher)\(name) ¶\(span.paragraph + 1)"
  }
}
