import DatelineUI

/// Runs the terminal browser: the `BrowserLoop` on the ncurses screen, ended by the user or by a
/// termination signal.
public enum Browser {
  /// How the browser starts.
  public struct Options: Sendable {
    /// Colours (off for `NO_COLOR` and `--no-color`).
    public var colors = true
    /// Mouse reporting from the start (`--mouse`).
    public var mouse = false
    /// The key bindings.
    public var keyMap = KeyMap.standard

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
    let loop = BrowserLoop(screen: screen, feed: feed) { SignalGuard.received }
    return loop.run(model, keyMap: options.keyMap, mouse: options.mouse)
  }
}
