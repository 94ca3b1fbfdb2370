import DatelineCore

/// Draws the Timeline pane: a date column and a one-line summary per event, cut with `…` and
/// scrolled sideways by `AppState.timelineShift`.
enum TimelineView {
  /// The columns left for summaries in a Timeline pane of `content` beside a date column of
  /// `dateColumn`.
  static func summaryWidth(_ content: Rect, dateColumn: Int) -> Int { content.width - dateColumn - 2 }

  static func draw(_ canvas: inout Canvas, _ state: AppState, _ frame: Layout.PaneFrame) {
    let focused = state.focus == .timeline
    let count = state.visibleCount
    let position = count == 0 ? "0 events" : "\(state.timelineList.cursor + 1)/\(count)"
    let hidden = state.hiddenCount > 0 ? " (\(state.hiddenCount) hidden)" : ""
    ListView.drawTitle(&canvas, Pane.timeline.title, info: position + hidden, rect: frame.rect, focused: focused)
    let content = frame.content
    guard !content.isEmpty else { return }
    if count == 0 {
      let text = state.model.eventCount == 0 ? (state.progress != nil ? "extracting…" : "no dated events found") : "no event matches the filter"
      canvas.draw(text, column: content.x + 1, row: content.y, limit: content.width - 1, role: .dim)
      return
    }
    let first = ListView.firstRow(state.timelineList, height: content.height, count: count)
    let dateColumn = state.model.dateColumnWidth
    let needle = state.search?.pane == .timeline ? state.search?.query.lowercased() : nil
    for line in 0..<content.height {
      let row = first + line
      guard let id = state.eventID(atRow: row) else { break }
      let event = state.model.timeline.events[id]
      let y = content.y + line
      let selected = row == state.timelineList.cursor
      let base: Role = selected ? (focused ? .selection : .selectionInactive) : .text
      canvas.fill(Rect(x: content.x, y: y, width: content.width, height: 1), role: base)
      let dateRole: Role = selected ? base : (event.date == nil ? .undated : (event.date?.isInferred == true ? .dateInferred : .date))
      let label = event.date.map { DateLabel.text(for: $0) } ?? "undated"
      canvas.draw(" " + label, column: content.x, row: y, limit: min(content.width, dateColumn + 1), role: dateRole)
      let summaryX = content.x + dateColumn + 2
      let summaryWidth = self.summaryWidth(content, dateColumn: dateColumn)
      guard summaryWidth > 0 else { continue }
      let clipped = ClippedLine(event.summary, shift: state.timelineShift, width: summaryWidth)
      canvas.draw(clipped.text, column: summaryX, row: y, limit: summaryWidth, role: base)
      if let needle, !needle.isEmpty {
        let current = state.search?.current.map { state.search?.hits[$0].lowerBound == row } ?? false
        for columns in hitColumns(needle, in: event.summary) {
          guard let drawn = clipped.drawnColumns(of: columns) else { continue }
          canvas.restyle(column: summaryX + drawn.lowerBound, row: y, count: drawn.count, role: current ? .searchHitCurrent : .searchHit)
        }
      }
    }
  }

  /// The columns of every occurrence of `needle` (lower-cased) in `summary`.
  static func hitColumns(_ needle: String, in summary: String) -> [Range<Int>] {
    let lower = summary.lowercased()
    guard lower.count == summary.count, !needle.isEmpty else { return [] }
    var columns: [Range<Int>] = []
    var searchStart = lower.startIndex
    while let found = lower[searchStart...].firstRange(of: needle) {
      let column = DisplayWidth.of(String(summary[summary.startIndex..<found.lowerBound]))
      columns.append(column..<(column + DisplayWidth.of(String(summary[found]))))
      searchStart = found.upperBound
    }
    return columns
  }
}
