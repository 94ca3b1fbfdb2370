import DatelineCore

/// Draws the Actors pane: every actor with its kind and counts; filtered ones are checked.
enum ActorsView {
  static func draw(_ canvas: inout Canvas, _ state: AppState, _ frame: Layout.PaneFrame) {
    let focused = state.focus == .actors
    let order = state.actorOrder
    let filtered = state.actorFilter.isEmpty ? "" : "\(state.actorFilter.count) filtered · "
    let info = filtered + "\(order.count)   kind  events quotes"
    ListView.drawTitle(&canvas, Pane.actors.title, info: info, rect: frame.rect, focused: focused)
    let content = frame.content
    guard !content.isEmpty else { return }
    if order.isEmpty {
      canvas.draw("no actors found", column: content.x + 1, row: content.y, limit: content.width - 1, role: .dim)
      return
    }
    let first = ListView.firstRow(state.actorsList, height: content.height, count: order.count)
    for line in 0..<content.height {
      let rowIndex = first + line
      guard rowIndex < order.count else { break }
      let actor = state.model.timeline.actors[order[rowIndex]]
      let y = content.y + line
      let row = CheckedRow(checked: state.actorFilter.contains(actor.id), label: actor.name, labelRole: .actor, counts: columns(actor, state))
      let (name, nameX) = row.draw(&canvas, content: content, y: y, selected: rowIndex == state.actorsList.cursor, focused: focused)
      if let search = state.search, search.pane == .actors {
        let current = search.current.map { search.hits[$0].lowerBound == rowIndex } ?? false
        for columns in TimelineView.hitColumns(search.query.lowercased(), in: actor.name) {
          guard let drawn = name.drawnColumns(of: columns) else { continue }
          canvas.restyle(column: nameX + drawn.lowerBound, row: y, count: drawn.count, role: current ? .searchHitCurrent : .searchHit)
        }
      }
    }
  }

  /// `person     3      1`: kind, events and quotes, in columns under the title's legend.
  static func columns(_ actor: Actor, _ state: AppState) -> String {
    let kind: String
    switch actor.kind {
    case .person: kind = "person"
    case .organization: kind = "org"
    case .place: kind = "place"
    case .group: kind = "group"
    case .product: kind = "prod"
    case .unknown: kind = "?"
    }
    let quotes = state.model.quoteCount(of: actor.id)
    return pad(kind, 6, left: false) + pad(String(state.model.eventsByActor[actor.id].count), 7) + pad(String(quotes), 7) + " "
  }

  private static func pad(_ text: String, _ width: Int, left: Bool = true) -> String {
    let padding = String(repeating: " ", count: max(0, width - text.count))
    return left ? padding + text : text + padding
  }
}
