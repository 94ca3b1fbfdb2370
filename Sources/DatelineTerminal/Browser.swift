import DatelineUI
import Foundation

/// Runs the terminal browser: draws frames from `render`, feeds keys, resizes and mouse actions
/// to `reduce`, and carries out the effects only a terminal can.
public enum Browser {
  /// How the browser starts.
  public struct Options: Sendable {
    /// Colours (off for `NO_COLOR` and `--no-color`).
    public var colors = true
    /// Mouse reporting from the start (`--mouse`).
    public var mouse = false
    /// The key bindings.
    public var keyMap = KeyMap.standard
    /// Quit right after the first frame is on screen (for measuring start-up time).
    public var exitAfterFirstFrame = false

    /// The default options.
    public init() {}
  }

  /// Browses `model` until the user quits; returns the process exit status (128 + the signal's
  /// number when a signal ended it). Updates from `feed` replace the timeline as they arrive.
  public static func run(_ model: TimelineModel, options: Options, feed: ExtractionFeed? = nil) throws -> Int32 {
    let screen = try TerminalScreen(colors: options.colors)
    SignalGuard.install()
    defer {
      screen.close()
      SignalGuard.uninstall()
    }
    var state = AppState(model: model, viewport: screen.size, keyMap: options.keyMap)
    if options.mouse { state.apply(.command(.toggleMouse)) }
    if feed != nil { state.apply(.update(model, progress: 0)) }
    var needsDrawing = true
    while true {
      perform(&state.effects, on: screen)
      if state.isFinished { return 0 }
      if needsDrawing {
        screen.draw(render(state, size: state.viewport))
        needsDrawing = false
        if options.exitAfterFirstFrame { return 0 }
      }
      if let signal = SignalGuard.received { return 128 + signal }
      let waiting: Int32 = state.hasPendingWork ? 0 : feed?.isRunning == true ? 50 : 200
      let event = screen.read(timeout: waiting)
      if let update = feed?.take() {
        state.apply(.update(update.model, progress: update.progress))
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

  private static func perform(_ effects: inout [Effect], on screen: TerminalScreen) {
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
