import DatelineCore

/// Draws the Detail pane: the selected event's whole summary, its date with its precision and
/// origin, kind, actors, sources, the facts the sources give differently, mentions and quotes,
/// every line wrapped to the pane.
enum DetailView {
  typealias Line = [(text: String, role: Role)]

  static func lines(_ state: AppState) -> [Line] {
    guard let event = state.selectedEvent else { return [[("No event selected.", .dim)]] }
    let timeline = state.model.timeline
    var lines: [Line] = [[("Summary  ", .dim), (event.summary, .text)]]
    if let date = event.date {
      var origin = ""
      if let expression = date.expression, date.inference == nil { origin = " from “" + timeline.text(expression) + "”" }
      lines.append([("Date     ", .dim), (DateLabel.description(for: date), date.isInferred ? .dateInferred : .date), (origin, .text)])
      if let note = resolutionNote(date, state) { lines.append([("         ", .dim), (note, .dim)]) }
    } else {
      lines.append([("Date     ", .dim), ("undated", .undated), (" (placed by narrative order)", .dim)])
    }
    lines.append([("Kind     ", .dim), (event.kind.rawValue, .text)])
    let actors = event.actorIDs.map { timeline.actors[$0] }
    let actorLine: Line = actors.isEmpty ? [("none found", .dim)] : actors.enumerated().flatMap { index, actor -> Line in
      [(index > 0 ? ", " : "", .text), (actor.name, .actor), (" (" + actor.kind.rawValue + ")", .dim)]
    }
    lines.append([("Actors   ", .dim)] + actorLine)
    let documents = state.selectedEventID.map { state.model.evidence.documents(ofEvent: $0).map(Int.init) } ?? []
    let limit = listLimit(state)
    let listed = documents.prefix(limit)
    let sources = listed.map { id -> String in
      let document = timeline.documents[id]
      let name = document.name.split(separator: "/").last.map(String.init) ?? document.name
      return (document.metadata.source.map { $0 + ": " } ?? "") + (document.metadata.title.map { "“" + $0 + "” (" + name + ")" } ?? name)
    }
    if documents.count > 1 {
      lines.append([("Sources  ", .dim), ("told by \(documents.count) articles", .text)])
      for (id, source) in zip(listed, sources) {
        let published = timeline.documents[id].metadata.published.map { ", " + DateDisplay.text($0) } ?? ""
        lines.append([("   \(id + 1) ", .dim), (source + published, .text)])
      }
      if documents.count > listed.count { lines.append(more(documents.count - listed.count, "articles")) }
    } else {
      lines.append([("Sources  ", .dim), (sources.joined(separator: "; "), .text)])
    }
    for disagreement in event.disagreements { lines.append(differLine(disagreement, timeline)) }
    lines.append([("Mentions ", .dim), (String(event.mentions.count), .text)])
    let window = mentionWindow(count: event.mentions.count, current: state.mentionIndex, limit: limit)
    if window.lowerBound > 0 { lines.append(more(window.lowerBound, "mentions before")) }
    for index in window {
      let mention = event.mentions[index]
      let marker = index == state.mentionIndex ? "▸" : " "
      let article = documents.count > 1 ? String(mention.document + 1) + "/" : ""
      lines.append([("  " + marker + article + "¶" + String(mention.paragraph + 1) + " ", .dim), (timeline.text(mention), .text)])
    }
    if window.upperBound < event.mentions.count { lines.append(more(event.mentions.count - window.upperBound, "mentions after")) }
    if !event.quotes.isEmpty {
      lines.append([("Quotes   ", .dim), (String(event.quotes.count), .text)])
      for id in event.quotes.prefix(limit) {
        let quote = timeline.quotes[id]
        let speaker = quote.speaker.map { timeline.actors[$0].name } ?? "unattributed"
        lines.append([("   " + speaker + ": ", .actor), ("“" + timeline.text(quote.span) + "”", .quote)])
      }
      if event.quotes.count > limit { lines.append(more(event.quotes.count - limit, "quotes")) }
    }
    return lines
  }

  /// A fact the articles give differently, each version with the articles that give it:
  /// `Differ   Seven guards (Wire ¶2, Review ¶2) · Six guards (Desk ¶2)`.
  private static func differLine(_ disagreement: Disagreement, _ timeline: Timeline) -> Line {
    var line: Line = [("Differ   ", .dim)]
    for (index, version) in disagreement.versions.enumerated() {
      let told = version.spans.map { Disagreement.label(timeline.documents[$0.document]) + " ¶" + String($0.paragraph + 1) }
      if index > 0 { line.append((" · ", .dim)) }
      line.append((version.spans.first.map(timeline.text) ?? version.value, .text))
      line.append((" (" + told.joined(separator: ", ") + ")", .dim))
    }
    return line
  }

  /// The lines wrapped to `width` columns; continuation lines start under the text after the
  /// line's label.
  /// The most mentions, articles or quotes Detail lists for one event: as many as the pane has
  /// rows (at least 10), so that whatever the event, the pane builds and wraps on every key only
  /// about what it can show.
  static func listLimit(_ state: AppState) -> Int { max(10, state.height(of: .detail)) }

  /// The mentions listed: `limit` of them around `current`, all when there are fewer.
  static func mentionWindow(count: Int, current: Int, limit: Int) -> Range<Int> {
    guard count > limit else { return 0..<count }
    let start = min(max(0, current - limit / 2), count - limit)
    return start..<(start + limit)
  }

  /// The line that stands for `count` entries left out of a list.
  private static func more(_ count: Int, _ what: String) -> Line {
    [("   … ", .dim), ("\(count) more \(what) not listed", .dim)]
  }

  static func wrappedLines(_ state: AppState, width: Int) -> [Line] {
    lines(state).flatMap { LineWrapper.wrap($0, width: width) }
  }

  /// The Detail pane's text width at the current layout.
  static func textWidth(_ state: AppState) -> Int {
    max(1, (state.layout.content(of: .detail)?.width ?? state.viewport.width) - 1)
  }

  /// The wrapped line on which mention `index` of the selected event starts.
  static func mentionLine(_ state: AppState, index: Int) -> Int? {
    let width = textWidth(state)
    var count = 0
    let mentions = state.selectedEvent?.mentions.count ?? 0
    var mention = mentionWindow(count: mentions, current: state.mentionIndex, limit: listLimit(state)).lowerBound
    for line in lines(state) {
      if let label = line.first?.text, label.hasPrefix("  ▸") || (label.hasPrefix("   ") && label.contains("¶")) {
        if mention == index { return count }
        mention += 1
      }
      count += LineWrapper.wrap(line, width: width).count
    }
    return nil
  }

  private static func resolutionNote(_ date: EventDate, _ state: AppState) -> String? {
    if let inference = date.inference {
      let timeline = state.model.timeline
      return inference.explanation(
        anchor: date.anchorEvent.map { timeline.events[$0].summary }, told: date.expression.map { timeline.text($0) },
        unit: date.unitWords)
    }
    let published = date.expression.flatMap { state.model.timeline.documents[$0.document].metadata.published }
    let reference =
      published.map { value in
        value.point?.year == nil
          ? "the publication day " + DateDisplay.text(value) + ", its year guessed (from the text, else today)"
          : "the publication date " + value.timex
      } ?? "a reference date guessed from the text"
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
    let info = state.selectedEvent == nil ? "" : "event \(state.timelineList.cursor + 1) of \(state.visibleCount)"
    ListView.drawTitle(&canvas, Pane.detail.title, info: info, rect: frame.rect, focused: state.focus == .detail)
    let content = frame.content
    let all = wrappedLines(state, width: textWidth(state))
    let top = min(state.detailTop, max(0, all.count - content.height))
    for (offset, line) in all.dropFirst(top).prefix(content.height).enumerated() {
      var x = content.x + 1
      for segment in line where x < content.x + content.width {
        x = canvas.draw(segment.text, column: x, row: content.y + offset, limit: content.x + content.width - x, role: segment.role)
      }
    }
  }
}
