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
      x = canvas.draw((quote.isIndirect ? "(that) " : "“") + words + (quote.isIndirect ? "" : "”"), column: x, row: y, limit: content.x + content.width - x, role: selected ? base : .quote)
    }
  }
}
