/// One screenful: a grid of cells that the terminal copies to the screen as it is.
public struct Frame: Hashable, Sendable {
  /// One cell: a grapheme (or nothing, right of a wide character) and its role.
  public struct Cell: Hashable, Sendable {
    /// What the cell shows; `""` for the right half of a wide character.
    public var grapheme: String
    /// How the cell is styled.
    public var role: Role

    /// A blank cell.
    public static let blank = Cell(grapheme: " ", role: .text)
    /// The right half of a wide character.
    public static func continuation(_ role: Role) -> Cell { Cell(grapheme: "", role: role) }
  }

  /// The frame's size.
  public let size: Size
  /// The cells, row by row.
  public private(set) var cells: [Cell]
  /// Where the terminal cursor should be (for prompts), if visible.
  public var cursor: (column: Int, row: Int)? {
    get { cursorPosition.map { ($0.column, $0.row) } }
    set { cursorPosition = newValue.map { CursorPosition(column: $0.column, row: $0.row) } }
  }
  private var cursorPosition: CursorPosition?

  private struct CursorPosition: Hashable, Sendable {
    var column: Int
    var row: Int
  }

  /// A blank frame of `size`.
  public init(size: Size) {
    self.size = size
    cells = Array(repeating: .blank, count: size.width * size.height)
  }

  /// The cell at (`column`, `row`).
  public subscript(column: Int, row: Int) -> Cell {
    get {
      guard column >= 0, row >= 0, column < size.width, row < size.height else { return .blank }
      return cells[row * size.width + column]
    }
    set {
      guard column >= 0, row >= 0, column < size.width, row < size.height else { return }
      cells[row * size.width + column] = newValue
    }
  }

  /// The text of each row (for tests and plain output), without trailing spaces.
  public var lines: [String] {
    (0..<size.height).map { row in
      var line = ""
      for column in 0..<size.width { line += self[column, row].grapheme }
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  /// The role code of each cell, row by row (for golden tests; see `Role.code`).
  public var roleLines: [String] {
    (0..<size.height).map { row in
      String((0..<size.width).map { self[$0, row].role.code })
    }
  }
}
