/// One row of a list whose entries can be filtered on (Actors, Sources): a `[x]` mark, a label
/// cut to fit, and right-aligned counts under the pane title's legend.
struct CheckedRow {
  var checked: Bool
  var label: String
  /// The label's role when the row is not selected.
  var labelRole: Role
  var counts: String

  /// Draws the row at `y` across `content`; returns the clipped label and its first column (for
  /// search highlights).
  @discardableResult
  func draw(_ canvas: inout Canvas, content: Rect, y: Int, selected: Bool, focused: Bool) -> (label: ClippedLine, x: Int) {
    let base: Role = selected ? (focused ? .selection : .selectionInactive) : .text
    canvas.fill(Rect(x: content.x, y: y, width: content.width, height: 1), role: base)
    let countsWidth = DisplayWidth.of(counts)
    let labelX = canvas.draw(" " + (checked ? "[x] " : "[ ] "), column: content.x, row: y, limit: content.width, role: base)
    let labelWidth = max(0, content.x + content.width - labelX - countsWidth - 1)
    let clipped = ClippedLine(label, width: labelWidth)
    let x = canvas.draw(clipped.text, column: labelX, row: y, limit: labelWidth, role: selected ? base : labelRole)
    let countsX = max(x + 1, content.x + content.width - countsWidth)
    canvas.draw(counts, column: countsX, row: y, limit: content.x + content.width - countsX, role: selected ? base : .dim)
    return (clipped, labelX)
  }
}
