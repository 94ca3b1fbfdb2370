/// Draws a state into a frame of `size`: the pure view of the UI, testable without a terminal.
public func render(_ state: AppState, size: Size) -> Frame {
  var canvas = Canvas(size: size)
  let layout = Layout(size: size, focus: state.focus, drawer: state.drawer)
  if state.helpTop != nil {
    HelpView.draw(&canvas, state, Rect(x: 0, y: 0, width: size.width, height: max(0, size.height - 1)))
  } else {
    for pane in layout.panes {
      switch pane.pane {
      case .timeline: TimelineView.draw(&canvas, state, pane)
      case .detail: DetailView.draw(&canvas, state, pane)
      case .source: SourceView.draw(&canvas, state, pane)
      case .actors: ActorsView.draw(&canvas, state, pane)
      case .quotes: QuotesView.draw(&canvas, state, pane)
      case .sources: SourcesView.draw(&canvas, state, pane)
      }
    }
    if let border = layout.border {
      for row in border.y..<(border.y + border.height) {
        canvas.draw("│", column: border.x, row: row, limit: 1, role: .border)
      }
    }
  }
  StatusView.draw(&canvas, state, layout.status)
  return canvas.frame
}
