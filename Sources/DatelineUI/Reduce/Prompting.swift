import DatelineCore

extension AppState {
  mutating func editPrompt(_ key: Key) {
    guard var current = prompt else { return }
    switch key {
    case .escape:
      prompt = nil
      if current.kind == .search {
        search = nil
        if focus == .timeline, let origin = current.origin { select(row: origin) }
      }
      return
    case .enter:
      prompt = nil
      remember(current)
      submit(current)
      return
    case .backspace, .delete:
      if current.text.isEmpty {
        prompt = nil
        return
      }
      if current.isSelected { current.text = "" } else { current.text.removeLast() }
    case .control("u"):
      current.text = ""
    case .character(let character):
      if current.isSelected { current.text = "" }
      current.text.append(character)
    case .right, .end:
      break
    case .up, .down:
      let history = promptHistory[current.kind] ?? []
      let index = key == .up ? (current.historyIndex.map { $0 + 1 } ?? 0) : (current.historyIndex ?? 0) - 1
      guard index < history.count else { return }
      current.historyIndex = index >= 0 ? index : nil
      current.text = index >= 0 ? history[index] : ""
    default:
      return
    }
    current.isSelected = false
    prompt = current
    if current.kind == .search && focus != .source { runSearch(current.text, from: current.origin) }
  }

  /// Adds an entered line to the front of its prompt's history (once, at most 50 kept).
  private mutating func remember(_ entered: Prompt) {
    guard !entered.text.isEmpty else { return }
    var history = promptHistory[entered.kind] ?? []
    history.removeAll { $0 == entered.text }
    history.insert(entered.text, at: 0)
    promptHistory[entered.kind] = Array(history.prefix(50))
  }

  private mutating func submit(_ entered: Prompt) {
    switch entered.kind {
    case .search: runSearch(entered.text, from: entered.origin)
    case .filter: applyFilterQuery(entered.text)
    case .command: runCommandLine(entered.text)
    }
  }

  /// Runs a `:` command: `goto DATE`, `filter QUERY`, `help`, `quit`, or any command name.
  mutating func runCommandLine(_ line: String) {
    let words = line.split(separator: " ", maxSplits: 1).map(String.init)
    guard let name = words.first else { return }
    let argument = words.count > 1 ? words[1] : ""
    switch name {
    case "goto", "g": goto(argument)
    case "filter", "f": applyFilterQuery(argument)
    case "q", "quit": isFinished = true
    default:
      if let command = Command(rawValue: name) {
        run(command)
      } else {
        message = StatusMessage(text: "unknown command “\(name)” (goto DATE, filter QUERY, quit)", isError: true)
      }
    }
  }

  /// Selects the first visible event dated on or after `text` (a TIMEX3 date: `2020-05`); undated
  /// events, placed by narrative order, are passed over.
  mutating func goto(_ text: String) {
    guard let point = TimeValue(timex: text)?.point, let start = point.interval?.lowerBound else {
      return message = StatusMessage(text: "goto: cannot read the date “\(text)” (e.g. 2020-05)", isError: true)
    }
    var row = 0
    while row < visibleCount, let id = eventID(atRow: row), model.dateKeys[id] < start || model.dateKeys[id] == Int.max {
      row += 1
    }
    guard row < visibleCount else {
      return message = StatusMessage(text: "goto: no event on or after \(text)", isError: true)
    }
    focus = .timeline
    select(row: row)
  }
}
