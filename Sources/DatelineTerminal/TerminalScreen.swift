import CNcursesw
import DatelineUI
import Foundation

/// The one owner of ncurses: sets the terminal up, copies frames to it, reads input, and puts the
/// terminal back exactly as it was.
final class TerminalScreen: Screen {
  private let screen: OpaquePointer
  private let input: UnsafeMutablePointer<FILE>?
  private let palette: Palette
  private var isOpen = true
  private var cursorVisible = false

  /// Sets up the terminal on standard output; reads keys from standard input, or from `/dev/tty`
  /// when standard input is not a terminal.
  init(colors: Bool) throws {
    guard isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
    let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
    if term.isEmpty { throw TerminalError.noTerminalType }
    if term == "dumb" { throw TerminalError.unsupportedTerminal(term) }
    Self.useUTF8Locale()
    var inputFile: UnsafeMutablePointer<FILE>?
    if isatty(STDIN_FILENO) == 1 {
      inputFile = fdopen(dup(STDIN_FILENO), "r")
    } else {
      inputFile = fopen("/dev/tty", "r")
    }
    guard let inputFile else { throw TerminalError.notATerminal }
    guard let output = fdopen(dup(STDOUT_FILENO), "w") else { throw TerminalError.notATerminal }
    guard let screen = newterm(term, output, inputFile) else {
      fclose(inputFile)
      fclose(output)
      throw TerminalError.cannotInitialize(term)
    }
    set_term(screen)
    guard dateline_can_address_cursor() != 0 else {
      endwin()
      delscreen(screen)
      fclose(inputFile)
      fclose(output)
      throw TerminalError.unsupportedTerminal(term)
    }
    self.screen = screen
    self.input = inputFile
    cbreak()
    noecho()
    nonl()
    keypad(dateline_stdscr(), true)
    intrflush(dateline_stdscr(), false)
    set_escdelay(25)
    curs_set(0)
    palette = Palette(colors: colors && has_colors())
    mouseinterval(0)
  }

  /// The terminal's size now.
  var size: Size { Size(width: Int(dateline_cols()), height: Int(dateline_lines())) }

  /// Copies `frame` to the screen.
  func draw(_ frame: Frame) {
    let window = dateline_stdscr()
    let columns = min(frame.size.width, Int(dateline_cols()))
    let rows = min(frame.size.height, Int(dateline_lines()))
    var buffer: [wchar_t] = []
    for row in 0..<rows {
      var column = 0
      while column < columns {
        let cell = frame[column, row]
        if cell.grapheme.isEmpty {
          column += 1
          continue
        }
        buffer.removeAll(keepingCapacity: true)
        let start = column
        let role = cell.role
        while column < columns, frame[column, row].role == role, !frame[column, row].grapheme.isEmpty {
          let grapheme = frame[column, row].grapheme
          let ascii = grapheme.utf8.count == 1
          if !ascii && column > start { break }
          for scalar in grapheme.unicodeScalars { buffer.append(wchar_t(bitPattern: scalar.value)) }
          column += 1
          if !ascii {
            while column < columns && frame[column, row].grapheme.isEmpty { column += 1 }
            break
          }
        }
        palette.apply(role, to: window)
        buffer.append(0)
        _ = mvwaddnwstr(window, Int32(row), Int32(start), buffer, Int32(buffer.count - 1))
      }
    }
    if let cursor = frame.cursor {
      if !cursorVisible { curs_set(1) }
      cursorVisible = true
      wmove(window, Int32(cursor.row), Int32(cursor.column))
    } else if cursorVisible {
      curs_set(0)
      cursorVisible = false
    }
    wnoutrefresh(window)
    doupdate()
  }

  /// Clears the physical screen so that the next frame is drawn in full.
  func invalidate() {
    clearok(dateline_curscr(), true)
  }

  /// Waits up to `milliseconds` (or forever when `nil`) for input.
  func read(timeout milliseconds: Int32?) -> InputEvent? {
    let window = dateline_stdscr()
    wtimeout(window, milliseconds ?? -1)
    var value: wint_t = 0
    let result = wget_wch(window, &value)
    if result == OK { return KeyDecoder.key(character: UInt32(value)).map(InputEvent.key) }
    guard result == KEY_CODE_YES else { return nil }
    let code = Int32(value)
    if code == KEY_RESIZE { return .resize }
    if code == KEY_MOUSE { return mouseEvent() }
    return KeyDecoder.key(code: code).map(InputEvent.key)
  }

  private func mouseEvent() -> InputEvent? {
    var event = MEVENT()
    guard getmouse(&event) == OK else { return nil }
    if dateline_mouse_is_wheel_up(event.bstate) != 0 { return .wheel(lines: -3, column: Int(event.x), row: Int(event.y)) }
    if dateline_mouse_is_wheel_down(event.bstate) != 0 { return .wheel(lines: 3, column: Int(event.x), row: Int(event.y)) }
    if dateline_mouse_is_click(event.bstate) != 0 { return .click(column: Int(event.x), row: Int(event.y)) }
    return nil
  }

  /// Turns mouse reporting on or off.
  func setMouse(_ enabled: Bool) {
    mousemask(enabled ? dateline_mouse_mask() : 0, nil)
  }

  /// Puts `text` on the system clipboard through the terminal (OSC 52).
  func copyToClipboard(_ text: String) {
    let sequence = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
    FileHandle.standardOutput.write(Data(sequence.utf8))
  }

  /// Restores the terminal. Safe to call more than once.
  func close() {
    guard isOpen else { return }
    isOpen = false
    mousemask(0, nil)
    curs_set(1)
    endwin()
    delscreen(screen)
    if let input { fclose(input) }
  }

  deinit { close() }

  /// Makes sure the C library works in UTF-8, so wide characters are drawn; falls back to
  /// `C.UTF-8` when the environment's locale is not a UTF-8 one.
  private static func useUTF8Locale() {
    setlocale(LC_ALL, "")
    let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
    if codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
      setlocale(LC_ALL, "C.UTF-8")
    }
  }
}
