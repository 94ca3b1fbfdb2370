/// What a screen reported: a key, a resize, or a mouse action.
public enum InputEvent: Equatable, Sendable {
  /// A key press.
  case key(Key)
  /// The screen changed size (read the new one from `Screen.size`).
  case resize
  /// A mouse click on a cell.
  case click(column: Int, row: Int)
  /// The mouse wheel turned over a cell; positive `lines` scroll down.
  case wheel(lines: Int, column: Int, row: Int)
}
