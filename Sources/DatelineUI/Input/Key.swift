/// A key press, as the terminal edge reports it.
public enum Key: Hashable, Sendable {
  /// A printable character.
  case character(Character)
  /// A control chord: `.control("f")` is Ctrl-F.
  case control(Character)
  /// Arrow up.
  case up
  /// Arrow down.
  case down
  /// Arrow left.
  case left
  /// Arrow right.
  case right
  /// Page Up.
  case pageUp
  /// Page Down.
  case pageDown
  /// Home.
  case home
  /// End.
  case end
  /// Enter or Return.
  case enter
  /// Tab.
  case tab
  /// Shift-Tab.
  case backTab
  /// Escape.
  case escape
  /// Backspace.
  case backspace
  /// Delete.
  case delete
  /// A function key, `.function(1)` is F1.
  case function(Int)

  /// The key's name as help and config files write it: `j`, `Ctrl-F`, `PgDn`, `F1`, `Space`.
  public var name: String {
    switch self {
    case .character(" "): "Space"
    case .character(let character): String(character)
    case .control(let character): "Ctrl-" + character.uppercased()
    case .up: "Up"
    case .down: "Down"
    case .left: "Left"
    case .right: "Right"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .home: "Home"
    case .end: "End"
    case .enter: "Enter"
    case .tab: "Tab"
    case .backTab: "Shift-Tab"
    case .escape: "Esc"
    case .backspace: "Backspace"
    case .delete: "Delete"
    case .function(let number): "F\(number)"
    }
  }

  /// Reads a key name as written by `name` (case-insensitive for named keys).
  public init?(name: String) {
    let lower = name.lowercased()
    let named: [String: Key] = [
      "space": .character(" "), "up": .up, "down": .down, "left": .left, "right": .right,
      "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "home": .home,
      "end": .end, "enter": .enter, "return": .enter, "tab": .tab, "shift-tab": .backTab,
      "backtab": .backTab, "esc": .escape, "escape": .escape, "backspace": .backspace,
      "delete": .delete,
    ]
    if let key = named[lower] {
      self = key
    } else if lower.hasPrefix("ctrl-"), name.count == 6, let last = lower.last {
      self = .control(last)
    } else if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) {
      self = .function(number)
    } else if name.count == 1, let character = name.first {
      self = .character(character)
    } else {
      return nil
    }
  }
}
