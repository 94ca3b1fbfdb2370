/// Draws the help screen, generated from the key map.
enum HelpView {
  static func lines(_ keyMap: KeyMap) -> [String] {
    var lines = ["Dateline keys — q, Esc or ? closes this help", ""]
    let keyWidth = 18
    for command in Command.allCases {
      let keys = keyMap.keys(for: command).map(\.name).joined(separator: ", ")
      guard !keys.isEmpty else { continue }
      let padding = String(repeating: " ", count: max(1, keyWidth - DisplayWidth.of(keys)))
      lines.append("  " + keys + padding + command.summary)
    }
    lines += [
      "",
      "Filter prompt (f): words, actor:NAME, kind:KIND, from:DATE, to:DATE — e.g. actor:Orton from:2020",
      "Command prompt (:): goto 2020-05, filter QUERY, quit, or any command name above",
      "Keys can be changed in $XDG_CONFIG_HOME/dateline/config: bind KEY COMMAND, unbind KEY",
    ]
    return lines
  }

  static func draw(_ canvas: inout Canvas, _ state: AppState, _ rect: Rect) {
    canvas.fill(rect, role: .text)
    ListView.drawTitle(&canvas, "Help", info: "", rect: rect, focused: true)
    let all = lines(state.keyMap)
    let top = min(state.helpTop ?? 0, max(0, all.count - 1))
    for (offset, line) in all.dropFirst(top).prefix(max(0, rect.height - 1)).enumerated() {
      let role: Role = offset + top == 0 ? .key : .text
      canvas.draw(line, column: rect.x + 1, row: rect.y + 1 + offset, limit: rect.width - 1, role: role)
    }
  }
}
