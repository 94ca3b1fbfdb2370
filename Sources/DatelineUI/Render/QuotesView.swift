import DatelineCore

/// Draws the Quotes pane: every quote, grouped by speaker.
enum QuotesView {
  static func draw(_ canvas: inout Canvas, _ state: AppState, _ frame: Layout.PaneFrame) {
    let focused = state.focus == .quotes
    let order = state.model.quotesBySpeaker
    ListView.drawTitle(&canvas, Pane.quotes.title, info: "\(order.count)", rect: frame.rect, focused: focused)
    let content = frame.content
    guard !content.isEmpty else { return }
    if order.isEmpty {
      canvas.draw("no quotes found", column: content.x + 1, row: content.y, limit: content.width - 1, role: .dim)
      return
    }
    let timeline = state.model.timeline
    let first = ListView.firstRow(state.quotesList, height: content.height, count: order.count)
    for line in 0..<content.height {
      let row = first + line
      guard row < order.count else { break }
      let quote = timeline.quotes[order[row]]
      let y = content.y + line
      let selected = row == state.quotesList.cursor
      let base: Role = selected ? (focused ? .selection : .selectionInactive) : .text
      canvas.fill(Rect(x: content.x, y: y, width: content.width, height: 1), role: base)
      let speaker = quote.speaker.map { timeline.actors[$0].name } ?? "unattributed"
      var x = canvas.draw(" " + speaker + ": ", column: content.x, row: y, limit: content.width, role: selected ? base : .actor)
      let words = timeline.text(quote.span).split(whereSeparator: \.isNewline).joined(separator: " ")
      let text = (quote.isIndirect ? "(that) " : "“") + words + (quote.isIndirect ? "" : "”")
      let width = content.x + content.width - x
      let clipped = ClippedLine(text, width: width)
      let textX = x
      x = canvas.draw(clipped.text, column: x, row: y, limit: width, role: selected ? base : .quote)
      if let search = state.search, search.pane == .quotes {
        let current = search.current.map { search.hits[$0].lowerBound == row } ?? false
        let needle = search.query.lowercased()
        let role: Role = current ? .searchHitCurrent : .searchHit
        for columns in TimelineView.hitColumns(needle, in: speaker) {
          canvas.restyle(column: content.x + 1 + columns.lowerBound, row: y, count: min(columns.count, textX - content.x - 1 - columns.lowerBound), role: role)
        }
        for columns in TimelineView.hitColumns(needle, in: text) {
          guard let drawn = clipped.drawnColumns(of: columns) else { continue }
          canvas.restyle(column: textX + drawn.lowerBound, row: y, count: drawn.count, role: role)
        }
      }
    }
  }
}
