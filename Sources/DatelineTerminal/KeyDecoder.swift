import CNcursesw
import DatelineUI

/// Turns what `wget_wch` returns into `Key`s.
enum KeyDecoder {
  /// The key for a character (`wget_wch` returned `OK`).
  static func key(character value: UInt32) -> Key? {
    switch value {
    case 0x0A, 0x0D: return .enter
    case 0x09: return .tab
    case 0x1B: return .escape
    case 0x08, 0x7F: return .backspace
    case 0x01...0x1A: return .control(Character(Unicode.Scalar(value + 0x60)!))
    case 0x00..<0x20: return nil
    default: return Unicode.Scalar(value).map { .character(Character($0)) }
    }
  }

  /// The key for a function-key code (`wget_wch` returned `KEY_CODE_YES`).
  static func key(code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_NPAGE: return .pageDown
    case KEY_PPAGE: return .pageUp
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_ENTER: return .enter
    case KEY_BTAB: return .backTab
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    default:
      for number in 1...12 where code == dateline_key_f(Int32(number)) { return .function(number) }
      return nil
    }
  }
}
