/// Draws text into a `Frame`, clipped to a rectangle, never cutting a wide character in half and
/// escaping what must not reach the terminal raw.
public struct Canvas {
  /// The frame being drawn.
  public private(set) var frame: Frame

  /// A canvas over a blank frame of `size`.
  public init(size: Size) {
    frame = Frame(size: size)
  }

  /// Sets the terminal cursor position (for prompts).
  public mutating func placeCursor(column: Int, row: Int) {
    frame.cursor = (column, row)
  }

  /// Fills a rectangle with blanks in `role`.
  public mutating func fill(_ rect: Rect, role: Role) {
    for row in rect.y..<(rect.y + rect.height) {
      for column in rect.x..<(rect.x + rect.width) {
        frame[column, row] = Frame.Cell(grapheme: " ", role: role)
      }
    }
  }

  /// Draws `text` at (`column`, `row`) in `role`, using at most `limit` columns; returns the
  /// column after the last one drawn. Tabs become spaces; line breaks end the text.
  @discardableResult
  public mutating func draw(_ text: String, column: Int, row: Int, limit: Int, role: Role) -> Int {
    draw(text[...], column: column, row: row, limit: limit, role: role)
  }

  /// Draws a substring; see `draw(_:column:row:limit:role:)`.
  @discardableResult
  public mutating func draw(_ text: Substring, column: Int, row: Int, limit: Int, role: Role) -> Int {
    let end = column + max(0, limit)
    var x = column
    for grapheme in text {
      if grapheme == "\n" || grapheme == "\r\n" { break }
      if grapheme == "\t" {
        let stop = min(end, x + 4 - (x - column) % 4)
        while x < stop {
          frame[x, row] = Frame.Cell(grapheme: " ", role: role)
          x += 1
        }
        continue
      }
      for piece in DisplayWidth.visible(grapheme) where piece.width > 0 || x > column {
        if piece.width == 0 {
          frame[x - 1, row].grapheme += piece.text
          continue
        }
        guard x + piece.width <= end else {
          while x < end {
            frame[x, row] = Frame.Cell(grapheme: " ", role: role)
            x += 1
          }
          return x
        }
        let pieceRole = piece.isEscaped ? Role.escaped : role
        if piece.isEscaped {
          for character in piece.text {
            frame[x, row] = Frame.Cell(grapheme: String(character), role: pieceRole)
            x += 1
          }
        } else {
          frame[x, row] = Frame.Cell(grapheme: piece.text, role: pieceRole)
          for offset in 1..<piece.width { frame[x + offset, row] = .continuation(pieceRole) }
          x += piece.width
        }
      }
    }
    return x
  }

  /// Draws `text` padded with blanks (in `role`) to exactly `width` columns.
  public mutating func drawPadded(_ text: String, column: Int, row: Int, width: Int, role: Role) {
    let after = draw(text, column: column, row: row, limit: width, role: role)
    for x in after..<(column + width) { frame[x, row] = Frame.Cell(grapheme: " ", role: role) }
  }

  /// Changes the role of `count` cells from (`column`, `row`) on, keeping their text.
  public mutating func restyle(column: Int, row: Int, count: Int, role: Role) {
    for x in column..<(column + count) where x >= 0 && x < frame.size.width {
      guard row >= 0, row < frame.size.height else { return }
      if frame[x, row].role != .escaped { frame[x, row].role = role }
    }
  }
}
