import DatelineCore

extension AppState {
  /// Rows a page moves: the focused pane's content height, less one for context.
  var pageLength: Int {
    max(1, (layout.content(of: focus)?.height ?? viewport.height) - 1)
  }

  func height(of pane: Pane) -> Int {
    layout.content(of: pane)?.height ?? max(1, viewport.height - 2)
  }

  mutating func move(by rows: Int) {
    switch focus {
    case .timeline:
      let target = timelineList.cursor.addingReportingOverflow(rows).partialValue
      select(row: target)
    case .actors:
      actorsList = actorsList.moved(to: actorsList.cursor.addingReportingOverflow(rows).partialValue, count: model.timeline.actors.count, height: height(of: .actors))
    case .quotes:
      quotesList = quotesList.moved(to: quotesList.cursor.addingReportingOverflow(rows).partialValue, count: model.timeline.quotes.count, height: height(of: .quotes))
    case .sources:
      sourcesList = sourcesList.moved(to: sourcesList.cursor.addingReportingOverflow(rows).partialValue, count: model.timeline.documents.count, height: height(of: .sources))
    case .detail:
      let count = DetailView.wrappedLines(self, width: DetailView.textWidth(self)).count
      detailTop = max(0, min(detailTop.addingReportingOverflow(rows).partialValue, count - height(of: .detail)))
    case .source:
      if rows == Int.min / 2 {
        scrollSourceToTop()
      } else if rows == Int.max / 2 {
        scrollSourceToBottom()
      } else {
        scrollSource(by: rows)
      }
    }
  }

  /// Selects timeline row `row` (clamped) and brings its evidence into the Source pane.
  mutating func select(row: Int) {
    timelineList = timelineList.moved(to: row, count: visibleCount, height: height(of: .timeline))
    detailTop = 0
    followSelection()
  }

  /// Shows the selected event's first mention in the Source pane.
  mutating func followSelection() {
    mentionIndex = 0
    guard let event = selectedEvent, let span = event.mentions.first else {
      highlight = nil
      return
    }
    highlight = span
    scrollSource(toShow: span)
  }

  mutating func clampLists() {
    timelineList = timelineList.moved(to: timelineList.cursor, count: visibleCount, height: height(of: .timeline))
    actorsList = actorsList.moved(to: actorsList.cursor, count: model.timeline.actors.count, height: height(of: .actors))
    quotesList = quotesList.moved(to: quotesList.cursor, count: model.timeline.quotes.count, height: height(of: .quotes))
    sourcesList = sourcesList.moved(to: sourcesList.cursor, count: model.timeline.documents.count, height: height(of: .sources))
  }

  mutating func focus(_ pane: Pane) {
    if pane.isDrawer && drawer != pane { drawer = pane }
    focus = pane
    if !layout.shows(pane) && layout.panes.count > 1 { focus = layout.panes.first?.pane ?? .timeline }
    clampLists()
  }

  mutating func cycleFocus(by step: Int) {
    var order: [Pane] = [.timeline]
    if let drawer { order.append(drawer) }
    order += [.detail, .source]
    guard let index = order.firstIndex(of: focus) else {
      focus = .timeline
      return
    }
    focus = order[(index + step + order.count) % order.count]
  }

  mutating func openDrawer(_ pane: Pane) {
    drawer = pane
    focus = pane
    clampLists()
  }

  mutating func toggleDrawer(_ pane: Pane) {
    if drawer == pane {
      drawer = nil
      if focus == pane { focus = .timeline }
    } else {
      openDrawer(pane)
    }
    clampLists()
  }

  mutating func back() {
    if helpTop != nil {
      helpTop = nil
    } else if search != nil {
      search = nil
    } else if focus.isDrawer {
      toggleDrawer(focus)
    } else if focus != .timeline {
      focus = .timeline
    } else {
      isFinished = true
    }
  }

  mutating func cancel() {
    if helpTop != nil {
      helpTop = nil
    } else if search != nil {
      search = nil
      message = StatusMessage(text: "search cleared", isError: false)
    } else if let actor = followedActor {
      followedActor = nil
      message = StatusMessage(text: "o/O no longer follow \(model.timeline.actors[actor].name)", isError: false)
    }
  }

  mutating func walkDates(by step: Int) {
    guard let current = eventID(atRow: timelineList.cursor) else { return }
    let key = model.dateKeys[current]
    var row = timelineList.cursor
    if step > 0 {
      while let id = eventID(atRow: row), model.dateKeys[id] == key { row += 1 }
      guard row < visibleCount else { return message = StatusMessage(text: "no later date", isError: false) }
    } else {
      while row > 0, let id = eventID(atRow: row - 1), model.dateKeys[id] == key { row -= 1 }
      guard row > 0, let previous = eventID(atRow: row - 1) else {
        return message = StatusMessage(text: "no earlier date", isError: false)
      }
      let previousKey = model.dateKeys[previous]
      row -= 1
      while row > 0, let id = eventID(atRow: row - 1), model.dateKeys[id] == previousKey { row -= 1 }
    }
    focus = .timeline
    select(row: row)
  }

  /// Walks to the next (`step` 1) or previous (-1) event of the followed actor; the first walk
  /// chooses the actor: the one under the cursor in Actors, else the selected event's main actor.
  mutating func walkSameActor(by step: Int) {
    if followedActor == nil || followedActor! >= model.timeline.actors.count {
      followedActor = focus == .actors ? actorOrder[safe: actorsList.cursor] : selectedEvent.flatMap { model.mainActor(of: $0.id) }
    }
    guard let actor = followedActor else {
      return message = StatusMessage(text: "the selected event names no actor", isError: true)
    }
    let ids = model.eventsByActor[actor]
    let from = selectedEvent?.id ?? (step > 0 ? -1 : Int.max)
    var index = step > 0 ? ids.firstIndex { Int($0) > from } : ids.lastIndex { Int($0) < from }
    while let current = index, current >= 0, current < ids.count {
      if let row = row(ofEvent: Int(ids[current])) {
        focus = .timeline
        return select(row: row)
      }
      index = current + step
    }
    message = StatusMessage(text: "no \(step > 0 ? "later" : "earlier") event of \(model.timeline.actors[actor].name)", isError: false)
  }
}
