import DatelineCore

/// Something that happened to the browser: a key, a named command, a resize, a mouse action, or
/// new extraction results.
public enum Action: Sendable {
  /// A key press, dispatched through the key map (or typed into an open prompt).
  case key(Key)
  /// A named command.
  case command(Command)
  /// The terminal now has this size.
  case resize(Size)
  /// A mouse click on a cell.
  case click(column: Int, row: Int)
  /// The mouse wheel turned over a cell; positive `lines` scroll down.
  case scroll(lines: Int, column: Int, row: Int)
  /// Extraction produced a new timeline; `progress` (0…1) while it goes on, `nil` when done.
  case update(TimelineModel, progress: Double?)
  /// Extraction has come this far (0…1) with no newer timeline yet; nothing once it is done.
  case progress(Double)
  /// Nothing happened: continue pending work (a long search) by one slice.
  case tick
}

/// The next state of the browser after `action`: the pure heart of the UI.
public func reduce(_ state: AppState, _ action: Action) -> AppState {
  var next = state
  next.apply(action)
  return next
}

extension AppState {
  /// Applies `action` in place; see `reduce(_:_:)`.
  public mutating func apply(_ action: Action) {
    switch action {
    case .key(let key): press(key)
    case .command(let command): run(command)
    case .resize(let size): resize(to: size)
    case .click(let column, let row): click(column: column, row: row)
    case .scroll(let lines, let column, let row): wheel(lines: lines, column: column, row: row)
    case .update(let model, let progress): replaceModel(model, progress: progress)
    case .progress(let progress): if self.progress != nil { self.progress = progress }
    case .tick: continueSearch()
    }
  }

  /// The layout for the current viewport.
  public var layout: Layout { Layout(size: viewport, focus: focus, drawer: drawer) }

  private mutating func press(_ key: Key) {
    if prompt != nil {
      editPrompt(key)
      return
    }
    if helpTop != nil, let command = keyMap.command(for: key) {
      runInHelp(command)
      return
    }
    guard let command = keyMap.command(for: key) else {
      message = StatusMessage(text: "\(key.name) is not bound — ? for help", isError: true)
      return
    }
    run(command)
  }

  private mutating func runInHelp(_ command: Command) {
    let last = HelpView.lastTop(keyMap, height: viewport.height)
    let page = max(1, viewport.height - 3)
    switch command {
    case .moveDown: helpTop = min(last, (helpTop ?? 0) + 1)
    case .moveUp: helpTop = max(0, (helpTop ?? 0) - 1)
    case .pageDown: helpTop = min(last, (helpTop ?? 0) + page)
    case .pageUp: helpTop = max(0, (helpTop ?? 0) - page)
    case .top: helpTop = 0
    case .bottom: helpTop = last
    case .quit: isFinished = true
    case .redraw: effects.append(.redraw)
    default: helpTop = nil
    }
  }

  /// Where a new search of the focused pane starts: its selected row, or the Source's top line.
  private var searchOrigin: Int {
    switch focus {
    case .source: source.lineStart
    case .actors: actorsList.cursor
    case .quotes: quotesList.cursor
    case .sources: sourcesList.cursor
    default: timelineList.cursor
    }
  }

  /// Runs a named command.
  public mutating func run(_ command: Command) {
    message = nil
    switch command {
    case .moveDown: move(by: 1)
    case .moveUp: move(by: -1)
    case .pageDown: move(by: pageLength)
    case .pageUp: move(by: -pageLength)
    case .top: move(by: Int.min / 2)
    case .bottom: move(by: Int.max / 2)
    case .scrollLeft: scrollSideways(by: -1)
    case .scrollRight: scrollSideways(by: 1)
    case .nextPane: cycleFocus(by: 1)
    case .previousPane: cycleFocus(by: -1)
    case .focusTimeline: focus(.timeline)
    case .focusDetail: focus(.detail)
    case .focusSource: focus(.source)
    case .focusActors: openDrawer(.actors)
    case .focusQuotes: openDrawer(.quotes)
    case .focusSources: openDrawer(.sources)
    case .jumpToSource: jumpToSource()
    case .back: back()
    case .quit: isFinished = true
    case .cancel: cancel()
    case .help: helpTop = 0
    case .search: prompt = Prompt(kind: .search, text: "", origin: searchOrigin)
    case .nextHit: walkHits(by: 1)
    case .previousHit: walkHits(by: -1)
    case .toggleActors: toggleDrawer(.actors)
    case .toggleQuotes: toggleDrawer(.quotes)
    case .toggleSources: toggleDrawer(.sources)
    case .toggleFilter: toggleActorFilter()
    case .filterPrompt: prompt = Prompt(kind: .filter, text: filterQuery, isSelected: true)
    case .toggleAllFilters: toggleAllFilters()
    case .clearFilters: clearFilters()
    case .nextSameActor: walkSameActor(by: 1)
    case .previousSameActor: walkSameActor(by: -1)
    case .previousDate: walkDates(by: -1)
    case .nextDate: walkDates(by: 1)
    case .commandPrompt: prompt = Prompt(kind: .command, text: "")
    case .copy: copySelection()
    case .toggleMouse:
      mouseEnabled.toggle()
      effects.append(.setMouse(mouseEnabled))
      message = StatusMessage(text: mouseEnabled ? "mouse on (F2: off)" : "mouse off", isError: false)
    case .redraw: effects.append(.redraw)
    }
  }

  private mutating func resize(to size: Size) {
    viewport = size
    if !layout.shows(focus) { focus = layout.panes.first?.pane ?? .timeline }
    clampLists()
    if let highlight { scrollSource(toShow: highlight) }
  }

  private mutating func replaceModel(_ model: TimelineModel, progress: Double?) {
    let evidence = selectedEvent?.mentions.first
    self.model = model
    self.progress = progress
    sourceEnd = nil
    let selected = evidence.flatMap { span in model.timeline.events.firstIndex { $0.mentions.first == span } }
    recomputeVisible(keeping: selected)
  }
}
