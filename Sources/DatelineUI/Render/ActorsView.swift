import DatelineCore

/// Draws the Actors pane: every actor with its kind and counts; filtered ones are checked.
enum ActorsView {
  static func draw(_ canvas: inout Canvas, _ state: AppState, _ frame: Layout.PaneFrame) {
    let focused = state.focus == .actors
    let order = state.actorOrder
    let info = state.actorFilter.isEmpty ? "\(order.count)" : "\(state.actorFilter.count) filtered · \(order.count)"
    ListView.drawTitle(&canvas, Pane.actors.title, info: info, rect: frame.rect, focused: focused)
    let content = frame.content
    guard !content.isEmpty else { return }
    if order.isEmpty {
      canvas.draw("no actors found", column: content.x + 1, row: content.y, limit: content.width - 1, role: .dim)
      return
    }
    let first = ListView.firstRow(state.actorsList, height: content.height, count: order.count)
    for line in 0..<content.height {
      let row = first + line
      guard row < order.count else { break }
      let actor = state.model.timeline.actors[order[row]]
      let y = content.y + line
      let selected = row == state.actorsList.cursor
      let base: Role = selected ? (focused ? .selection : .selectionInactive) : .text
      canvas.fill(Rect(x: content.x, y: y, width: content.width, height: 1), role: base)
      let mark = state.actorFilter.contains(actor.id) ? "[x] " : "[ ] "
      let counts = " \(state.model.eventsByActor[actor.id].count) ev · \(actor.mentions.count) mentions"
      let kind = " " + actor.kind.rawValue
      var x = canvas.draw(" " + mark, column: content.x, row: y, limit: content.width, role: base)
      let countsWidth = DisplayWidth.of(counts) + DisplayWidth.of(kind)
      let nameWidth = max(0, content.x + content.width - x - countsWidth)
      x = canvas.draw(actor.name, column: x, row: y, limit: nameWidth, role: selected ? base : .actor)
      canvas.draw(kind + counts, column: max(x, content.x + content.width - countsWidth), row: y, limit: content.x + content.width - x, role: selected ? base : .dim)
    }
  }
}
