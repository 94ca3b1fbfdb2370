extension AppState {
  /// The columns the Timeline pane has for summaries.
  var summaryWidth: Int {
    let content = layout.content(of: .timeline) ?? Rect(x: 0, y: 0, width: viewport.width, height: 1)
    return max(1, TimelineView.summaryWidth(content, dateColumn: model.dateColumnWidth))
  }

  /// Scrolls the Timeline's summaries half a pane sideways (`step` -1: left, 1: right), as far as
  /// the longest summary on screen goes.
  mutating func scrollSideways(by step: Int) {
    let half = max(1, summaryWidth / 2)
    if step < 0 {
      guard timelineShift > 0 else { return message = StatusMessage(text: "summaries start at the left edge", isError: false) }
      timelineShift = max(0, timelineShift - half)
      return
    }
    let first = ListView.firstRow(timelineList, height: height(of: .timeline), count: visibleCount)
    var widest = 0
    for row in first..<min(visibleCount, first + height(of: .timeline)) {
      if let id = eventID(atRow: row) { widest = max(widest, DisplayWidth.of(model.timeline.events[id].summary)) }
    }
    guard timelineShift + summaryWidth < widest else {
      return message = StatusMessage(text: "the summaries on screen are shown to their end", isError: false)
    }
    timelineShift += half
  }

  /// Scrolls the Timeline's summaries sideways just enough to show `columns` of the selected one.
  mutating func revealSummaryColumns(_ columns: Range<Int>) {
    let width = summaryWidth
    let visible = (timelineShift + (timelineShift > 0 ? 1 : 0))..<(timelineShift + width - 1)
    if columns.lowerBound >= visible.lowerBound && columns.upperBound <= visible.upperBound { return }
    if timelineShift == 0 && columns.upperBound <= width - 1 { return }
    timelineShift = max(0, columns.lowerBound - width / 4)
  }
}
