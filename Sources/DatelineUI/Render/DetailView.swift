import DatelineCore

/// Draws the Detail pane: the selected event's date with its precision and origin, kind, actors,
/// sources, mentions and quotes.
enum DetailView {
  typealias Line = [(text: String, role: Role)]

  static func lines(_ state: AppState) -> [Line] {
    guard let event = state.selectedEvent else { return [[("No event selected.", .dim)]] }
    let timeline = state.model.timeline
    var lines: [Line] = []
    if let date = event.date {
      var origin = ""
      if let expression = date.expression { origin = " from “" + timeline.text(expression) + "”" }
      lines.append([("Date     ", .dim), (DateLabel.description(for: date.value), date.isInferred ? .dateInferred : .date), (origin, .text)])
      if let note = resolutionNote(date, state) { lines.append([("         ", .dim), (note, .dim)]) }
    } else {
      lines.append([("Date     ", .dim), ("undated", .undated), (" (placed by narrative order)", .dim)])
    }
    lines.append([("Kind     ", .dim), (event.kind.rawValue, .text)])
    let actors = event.actors.map { timeline.actors[$0] }
    let actorLine: Line = actors.isEmpty ? [("none found", .dim)] : actors.enumerated().flatMap { index, actor -> Line in
      [(index > 0 ? ", " : "", .text), (actor.name, .actor), (" (" + actor.kind.rawValue + ")", .dim)]
    }
    lines.append([("Actors   ", .dim)] + actorLine)
    let documents = Array(Set(event.mentions.map(\.document))).sorted()
    let sources = documents.map { id -> String in
      let document = timeline.documents[id]
      return (document.metadata.source.map { $0 + ": " } ?? "") + (document.name.split(separator: "/").last.map(String.init) ?? document.name)
    }
    lines.append([("Sources  ", .dim), (sources.joined(separator: "; "), .text)])
    lines.append([("Mentions ", .dim), (String(event.mentions.count), .text)])
    for (index, mention) in event.mentions.enumerated() {
      let marker = index == state.mentionIndex ? "▸" : " "
      lines.append([("  " + marker + "¶" + String(mention.paragraph + 1) + " ", .dim), (timeline.text(mention), .text)])
    }
    if !event.quotes.isEmpty {
      lines.append([("Quotes   ", .dim), (String(event.quotes.count), .text)])
      for id in event.quotes {
        let quote = timeline.quotes[id]
        let speaker = quote.speaker.map { timeline.actors[$0].name } ?? "unattributed"
        lines.append([("   " + speaker + ": ", .actor), ("“" + timeline.text(quote.span) + "”", .quote)])
      }
    }
    return lines
  }

  static func lineCount(_ state: AppState) -> Int { lines(state).count }

  private static func resolutionNote(_ date: EventDate, _ state: AppState) -> String? {
    let published = date.expression.flatMap { state.model.timeline.documents[$0.document].metadata.published?.timex }
    let reference = published.map { "the publication date " + $0 } ?? "a reference date guessed from the text"
    switch date.resolution {
    case .explicit: return date.isInferred ? "inferred" : nil
    case .yearFromReference: return "year from " + reference
    case .relativeToReference: return "relative to " + reference
    case .relativeToNarrative(let anchor):
      guard let expression = date.expression else { return "relative to an earlier date" }
      return "relative to “" + state.model.timeline.documents[expression.document].string(anchor) + "”"
    case .unanchored: return "vague"
    }
  }

  static func draw(_ canvas: inout Canvas, _ state: AppState, _ frame: Layout.PaneFrame) {
    let info = state.selectedEvent.map { "event \($0.id + 1)" } ?? ""
    ListView.drawTitle(&canvas, Pane.detail.title, info: info, rect: frame.rect, focused: state.focus == .detail)
    let content = frame.content
    let all = lines(state)
    let top = min(state.detailTop, max(0, all.count - 1))
    for (offset, line) in all.dropFirst(top).prefix(content.height).enumerated() {
      var x = content.x + 1
      for segment in line where x < content.x + content.width {
        x = canvas.draw(segment.text, column: x, row: content.y + offset, limit: content.x + content.width - x, role: segment.role)
      }
    }
  }
}
