import DatelineUI

/// What the terminal reported: a key, a resize, or a mouse action.
enum InputEvent: Equatable {
  case key(Key)
  case resize
  case click(column: Int, row: Int)
  case wheel(lines: Int, column: Int, row: Int)
}
