/// Draws the help screen, generated from the key map.
enum HelpView {
  static func lines(_ keyMap: KeyMap) -> [String] {
    var lines = ["Dateline keys — q, Esc or ? closes this help", "  KEYS            COMMAND             WHAT IT DOES"]
    let keyWidth = 16
    let nameWidth = 20
    for command in Command.allCases {
      let keys = keyMap.keys(for: command).map(\.name).joined(separator: ", ")
      guard !keys.isEmpty else { continue }
      let padding = String(repeating: " ", count: max(1, keyWidth - DisplayWidth.of(keys)))
      let namePadding = String(repeating: " ", count: max(1, nameWidth - command.rawValue.count))
      lines.append("  " + keys + padding + command.rawValue + namePadding + command.summary)
    }
    lines += [
      "",
      "Filter prompt (f): words, actor:NAME, kind:KIND, source:TITLE, from:DATE, to:DATE — e.g. actor:Orton from:2020",
      "Command prompt (:): goto 2020-05, filter QUERY, quit, or any COMMAND above",
      "Prompts: Enter applies, Esc cancels, Ctrl-U clears, Up/Down recall earlier entries",
      "Keys can be changed in $XDG_CONFIG_HOME/dateline/config (~/.config/dateline/config):",
      "  bind KEY COMMAND    unbind KEY    e.g. bind J page-down",
    ]
    return lines
  }

  /// The last first line: the help's end on the last row of a `height`-row terminal.
  static func lastTop(_ keyMap: KeyMap, height: Int) -> Int {
    max(0, lines(keyMap).count - max(1, height - 2))
  }

  static func draw(_ canvas: inout Canvas, _ state: AppState, _ rect: Rect) {
    canvas.fill(rect, role: .text)
    ListView.drawTitle(&canvas, "Help", info: "", rect: rect, focused: true)
    let all = lines(state.keyMap)
    let top = min(state.helpTop ?? 0, lastTop(state.keyMap, height: rect.height + 1))
    for (offset, line) in all.dropFirst(top).prefix(max(0, rect.height - 1)).enumerated() {
      let role: Role = offset + top == 0 ? .key : offset + top == 1 ? .dim : .text
      canvas.draw(ClippedLine(line, width: rect.width - 1).text, column: rect.x + 1, row: rect.y + 1 + offset, limit: rect.width - 1, role: role)
    }
  }
}
