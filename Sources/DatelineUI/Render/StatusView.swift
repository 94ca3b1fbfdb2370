import DatelineCore

/// Draws the status line: position, filter chips, hidden count, progress, messages and key hints;
/// or the open prompt.
enum StatusView {
  static func draw(_ canvas: inout Canvas, _ state: AppState, _ rect: Rect) {
    guard !rect.isEmpty else { return }
    canvas.fill(rect, role: .status)
    let end = rect.x + rect.width
    if let prompt = state.prompt {
      let x = canvas.draw(String(prompt.kind.rawValue) + prompt.text, column: rect.x, row: rect.y, limit: rect.width, role: .prompt)
      canvas.placeCursor(column: min(x, end - 1), row: rect.y)
      return
    }
    var x = canvas.draw(" " + position(state), column: rect.x, row: rect.y, limit: rect.width, role: .status)
    for chip in chips(state) where x + 2 < end {
      x = canvas.draw(" ", column: x, row: rect.y, limit: end - x, role: .status)
      x = canvas.draw(" " + chip + " ", column: x, row: rect.y, limit: end - x, role: .chip)
    }
    if state.hiddenCount > 0 && x < end {
      x = canvas.draw(" \(state.hiddenCount) hidden", column: x, row: rect.y, limit: end - x, role: .status)
    }
    if let progress = state.progress, x < end {
      x = canvas.draw(" " + bar(progress), column: x, row: rect.y, limit: end - x, role: .status)
    }
    if let message = state.message, x < end {
      x = canvas.draw(" · " + message.text, column: x, row: rect.y, limit: end - x, role: message.isError ? .error : .status)
    }
    let hints = hintText(state.keyMap)
    let hintsWidth = DisplayWidth.of(hints)
    if x + hintsWidth + 1 <= end {
      canvas.draw(hints, column: end - hintsWidth, row: rect.y, limit: hintsWidth, role: .key)
    }
  }

  static func position(_ state: AppState) -> String {
    switch state.focus {
    case .actors: return "actor \(min(state.actorsList.cursor + 1, state.actorOrder.count)) of \(state.actorOrder.count)"
    case .quotes: return "quote \(min(state.quotesList.cursor + 1, state.model.quotesBySpeaker.count)) of \(state.model.quotesBySpeaker.count)"
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

  private static func hintText(_ keyMap: KeyMap) -> String {
    let hints: [(Command, String)] = [(.help, "help"), (.search, "search"), (.toggleActors, "actors"), (.back, "quit")]
    return hints.compactMap { command, label in
      keyMap.keys(for: command).first.map { $0.name + " " + label }
    }.joined(separator: "  ") + " "
  }
}
