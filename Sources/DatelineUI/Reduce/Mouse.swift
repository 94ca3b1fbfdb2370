extension AppState {
  mutating func click(column: Int, row: Int) {
    guard mouseEnabled, prompt == nil, helpTop == nil else { return }
    guard let frame = layout.panes.first(where: { $0.rect.contains(column: column, row: row) }) else { return }
    focus = frame.pane
    let line = row - frame.content.y
    guard line >= 0 else { return }
    switch frame.pane {
    case .timeline:
      let first = ListView.firstRow(timelineList, height: frame.content.height, count: visibleCount)
      if first + line < visibleCount { select(row: first + line) }
    case .actors:
      let first = ListView.firstRow(actorsList, height: frame.content.height, count: model.timeline.actors.count)
      actorsList = actorsList.moved(to: first + line, count: model.timeline.actors.count, height: frame.content.height)
    case .quotes:
      let first = ListView.firstRow(quotesList, height: frame.content.height, count: model.timeline.quotes.count)
      quotesList = quotesList.moved(to: first + line, count: model.timeline.quotes.count, height: frame.content.height)
    case .sources:
      let count = model.timeline.documents.count
      let first = ListView.firstRow(sourcesList, height: frame.content.height, count: count)
      sourcesList = sourcesList.moved(to: first + line, count: count, height: frame.content.height)
    case .detail, .source:
      break
    }
  }

  mutating func wheel(lines: Int, column: Int, row: Int) {
    guard mouseEnabled, prompt == nil else { return }
    if helpTop != nil {
      helpTop = max(0, min(HelpView.lastTop(keyMap, height: viewport.height), (helpTop ?? 0) + lines))
      return
    }
    guard let frame = layout.panes.first(where: { $0.rect.contains(column: column, row: row) }) else { return }
    focus = frame.pane
    move(by: lines)
  }
}
