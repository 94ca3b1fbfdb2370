/// Why the terminal user interface could not start.
public enum TerminalError: Error, Equatable, Sendable {
  /// Standard output (or input) is not a terminal.
  case notATerminal
  /// `TERM` is not set.
  case noTerminalType
  /// `TERM` names a terminal that cannot position the cursor (such as `dumb`).
  case unsupportedTerminal(String)
  /// ncurses could not set up the terminal `TERM` names (unknown to terminfo).
  case cannotInitialize(String)
}
