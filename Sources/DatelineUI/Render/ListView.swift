/// Shared arithmetic for list panes.
enum ListView {
  /// The first row to show so that the cursor is visible in `height` rows.
  static func firstRow(_ position: ListPosition, height: Int, count: Int) -> Int {
    let visible = max(1, height)
    var top = position.top
    if position.cursor < top { top = position.cursor }
    if position.cursor >= top + visible { top = position.cursor - visible + 1 }
    return max(0, min(top, max(0, count - visible)))
  }

  /// The title bar: ` Title ` on the left (cut with `…` to leave room) and `info` on the right.
  static func drawTitle(_ canvas: inout Canvas, _ title: String, info: String, rect: Rect, focused: Bool) {
    let role: Role = focused ? .paneTitleFocused : .paneTitle
    canvas.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: role)
    let infoWidth = DisplayWidth.of(info)
    let titleRoom = rect.width - infoWidth - 2
    let showsInfo = infoWidth > 0 && titleRoom >= min(12, DisplayWidth.of(title) + 2)
    let text = ClippedLine(" " + title + " ", width: showsInfo ? titleRoom : rect.width).text
    canvas.draw(text, column: rect.x, row: rect.y, limit: rect.width, role: role)
    if showsInfo {
      canvas.draw(info, column: rect.x + rect.width - infoWidth - 1, row: rect.y, limit: infoWidth, role: role)
    }
  }
}
