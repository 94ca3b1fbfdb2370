/// The browser's event loop: draws frames from `render`, feeds keys, resizes and mouse actions to
/// `reduce`, takes timelines from a background extraction, and hands effects to the screen.
public struct BrowserLoop {
  /// Where frames go and input comes from.
  public let screen: any Screen
  /// Timelines from a background extraction, if one runs.
  public let feed: ExtractionFeed?
  /// The termination signal that arrived since the loop started, if any.
  public let receivedSignal: () -> Int32?

  /// A loop on `screen`, taking updates from `feed` and ending when `receivedSignal` reports one.
  public init(screen: any Screen, feed: ExtractionFeed? = nil, receivedSignal: @escaping () -> Int32?) {
    self.screen = screen
    self.feed = feed
    self.receivedSignal = receivedSignal
  }

  /// Browses `model` until the user quits; returns the process exit status: 0, or 128 + the
  /// signal's number when a signal ended it.
  public func run(_ model: TimelineModel, keyMap: KeyMap = .standard, mouse: Bool = false) -> Int32 {
    var state = AppState(model: model, viewport: screen.size, keyMap: keyMap)
    if mouse { state.apply(.command(.toggleMouse)) }
    if feed != nil { state.apply(.update(model, progress: 0)) }
    var needsDrawing = true
    while true {
      perform(&state.effects)
      if state.isFinished { return 0 }
      if needsDrawing {
        screen.draw(render(state, size: state.viewport))
        needsDrawing = false
      }
      if let signal = receivedSignal() { return 128 + signal }
      let waiting: Int32 = state.hasPendingWork ? 0 : feed?.isRunning == true ? 50 : 200
      let event = screen.read(timeout: waiting)
      if let update = feed?.take() {
        state.apply(update)
        needsDrawing = true
      }
      guard let event else {
        if state.hasPendingWork {
          state.apply(.tick)
          needsDrawing = true
        }
        continue
      }
      needsDrawing = true
      switch event {
      case .key(let key): state.apply(.key(key))
      case .resize: state.apply(.resize(screen.size))
      case .click(let column, let row): state.apply(.click(column: column, row: row))
      case .wheel(let lines, let column, let row): state.apply(.scroll(lines: lines, column: column, row: row))
      }
    }
  }

  private func perform(_ effects: inout [Effect]) {
    for effect in effects {
      switch effect {
      case .copy(let text): screen.copyToClipboard(text)
      case .setMouse(let enabled): screen.setMouse(enabled)
      case .redraw: screen.invalidate()
      }
    }
    effects.removeAll()
  }
}
