import DatelineCore

/// Draws the status line: position (with the byline of the article selected in Sources), filter
/// chips, the followed actor, hidden count, progress, messages and key hints for the focused pane
/// (the hints keep their place: the rest is cut first); or the open prompt with its editing keys.
enum StatusView {
  static func draw(_ canvas: inout Canvas, _ state: AppState, _ rect: Rect) {
    guard !rect.isEmpty else { return }
    canvas.fill(rect, role: .status)
    let end = rect.x + rect.width
    if let prompt = state.prompt {
      return drawPrompt(&canvas, prompt, rect)
    }
    var segments: [(text: String, role: Role)] = [(" " + position(state), .status)]
    for chip in chips(state) {
      segments += [(" ", .status), (" " + chip + " ", .chip)]
    }
    if let actor = state.followedActor, actor < state.model.timeline.actors.count {
      segments.append(("  o/O follow " + state.model.timeline.actors[actor].name, .status))
    }
    if state.focus == .timeline || state.focus == .detail, let why = inferredDateNote(state) {
      segments.append(("  " + why, .status))
    }
    if state.hiddenCount > 0 { segments.append((" \(state.hiddenCount) hidden", .status)) }
    if let progress = state.progress { segments.append((" " + bar(progress), .status)) }
    if let message = state.message { segments.append((" · " + message.text, message.isError ? .error : .status)) }
    let leftWidth = segments.reduce(0) { $0 + DisplayWidth.of($1.text) }
    var hints = hintList(state)
    while hints.count > 1 && leftWidth + DisplayWidth.of(hintText(hints)) + 1 > rect.width { hints.removeLast() }
    let text = hintText(hints)
    let hintsWidth = DisplayWidth.of(text)
    let showsHints = !hints.isEmpty && hintsWidth + 8 <= rect.width
    let limit = showsHints ? end - hintsWidth - 1 : end
    var x = rect.x
    for segment in segments where x < limit {
      let clipped = ClippedLine(segment.text, width: limit - x)
      x = canvas.draw(clipped.text, column: x, row: rect.y, limit: limit - x, role: segment.role)
    }
    if showsHints {
      canvas.draw(text, column: end - hintsWidth, row: rect.y, limit: hintsWidth, role: .key)
    }
  }

  private static func drawPrompt(_ canvas: inout Canvas, _ prompt: Prompt, _ rect: Rect) {
    let end = rect.x + rect.width
    var x = canvas.draw(prompt.kind.label, column: rect.x, row: rect.y, limit: rect.width, role: .prompt)
    x = canvas.draw(prompt.text, column: x, row: rect.y, limit: end - x, role: prompt.isSelected ? .selection : .prompt)
    canvas.placeCursor(column: min(x, end - 1), row: rect.y)
    let hints = prompt.isSelected
      ? " Enter apply  Esc cancel  type to replace, Right to edit  Up/Down history "
      : " Enter apply  Esc cancel  Ctrl-U clear  Up/Down history "
    let width = DisplayWidth.of(hints)
    if x + width + 2 <= end {
      canvas.draw(hints, column: end - width, row: rect.y, limit: width, role: .dim)
    }
  }

  /// Why the selected event's date is inferred, in a few words: `~ the day of the story's lead`.
  static func inferredDateNote(_ state: AppState) -> String? {
    guard let date = state.selectedEvent?.date, date.isInferred else { return nil }
    switch date.inference {
    case .narrative: return "~ the " + date.unitWords + " of the clause before"
    case .storyTime: return "~ the " + date.unitWords + " of the story's lead"
    case .publication: return "~ the publication date"
    case .offset: return "~ counted from another clause's day"
    case .afterEvent: return "~ after an event told before"
    case nil:
      let document = date.expression.map { state.model.timeline.documents[$0.document] }
      let yearOnly = document?.metadata.published.map { $0.point?.year == nil } ?? false
      return yearOnly ? "~ the year of the publication day guessed" : "~ reference date guessed from the text"
    }
  }

  static func position(_ state: AppState) -> String {
    switch state.focus {
    case .actors: return "actor \(min(state.actorsList.cursor + 1, state.actorOrder.count)) of \(state.actorOrder.count)"
    case .quotes: return "quote \(min(state.quotesList.cursor + 1, state.model.quotesBySpeaker.count)) of \(state.model.quotesBySpeaker.count)"
    case .sources:
      let documents = state.model.timeline.documents
      let byline = documents.indices.contains(state.sourcesList.cursor) ? documents[state.sourcesList.cursor].metadata.byline : nil
      return "article \(min(state.sourcesList.cursor + 1, documents.count)) of \(documents.count)" + (byline.map { ", by " + $0 } ?? "")
    default:
      let count = state.visibleCount
      return count == 0 ? "no events" : "event \(state.timelineList.cursor + 1) of \(count)"
    }
  }

  static func chips(_ state: AppState) -> [String] {
    let filter = state.filter
    guard !filter.isEmpty else { return [] }
    guard state.filtersEnabled else { return ["filters off"] }
    let actors = state.model.timeline.actors
    var chips = filter.actors.sorted().compactMap { $0 < actors.count ? "actor:" + actors[$0].name : nil }
    chips += filter.kinds.map { "kind:" + $0.rawValue }.sorted()
    let documents = state.model.timeline.documents
    chips += filter.sources.sorted().compactMap { id in
      id < documents.count ? "source:" + (documents[id].metadata.title ?? documents[id].name) : nil
    }
    if let from = filter.from { chips.append("from:" + from.timex) }
    if let to = filter.to { chips.append("to:" + to.timex) }
    chips += filter.words.map { "“" + $0 + "”" }
    return chips
  }

  private static func bar(_ progress: Double) -> String {
    let clamped = min(1, max(0, progress))
    let filled = Int(clamped * 10)
    return "extracting " + String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
      + " \(Int(clamped * 100))%"
  }

  /// The hints for the focused pane: the commands a newcomer needs there next.
  static func hintList(_ state: AppState) -> [String] {
    var hints: [(Command, String)]
    switch state.focus {
    case .timeline: hints = [(.help, "help"), (.search, "search"), (.filterPrompt, "filter"), (.toggleActors, "actors"), (.back, "quit")]
    case .detail: hints = [(.help, "help"), (.moveDown, "scroll"), (.jumpToSource, "source"), (.back, "back")]
    case .source: hints = [(.help, "help"), (.search, "search"), (.nextHit, "next mention"), (.back, "back")]
    case .actors: hints = [(.help, "help"), (.toggleFilter, "filter"), (.nextSameActor, "follow"), (.jumpToSource, "source"), (.back, "close")]
    case .quotes: hints = [(.help, "help"), (.jumpToSource, "source"), (.copy, "copy"), (.search, "search"), (.back, "close")]
    case .sources: hints = [(.help, "help"), (.toggleFilter, "filter"), (.jumpToSource, "read"), (.back, "close")]
    }
    if !state.filter.isEmpty { hints.insert((.clearFilters, "clear filters"), at: 1) }
    if state.helpTop != nil { hints = [(.moveDown, "scroll"), (.bottom, "end"), (.back, "close help")] }
    return hints.compactMap { command, label in state.keyMap.keys(for: command).first.map { $0.name + " " + label } }
  }

  private static func hintText(_ hints: [String]) -> String {
    hints.isEmpty ? "" : hints.joined(separator: "  ") + " "
  }
}
