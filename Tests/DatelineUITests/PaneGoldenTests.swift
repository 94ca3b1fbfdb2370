import DatelineTestSupport
import Foundation
import Testing
@testable import DatelineUI

/// Golden frames of every pane at the most common terminal size (80×24), a small one (60×15) and
/// a large one (200×60), stored in Tests/goldens/ui (text, then the role of every cell); and every
/// drawn character readable in a dark and a light terminal palette with the standard theme.
/// `DATELINE_RECORD_GOLDENS=1 swift test --filter PaneGoldenTests` rewrites the files.
@Suite struct PaneGoldenTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 60, height: 15), Size(width: 200, height: 60)]
  static let panes: [(name: String, keys: [Key])] = [
    ("timeline", []), ("detail", [.character("2")]), ("source", [.enter]), ("actors", [.character("a")]),
    ("quotes", [.character("\"")]), ("help", [.character("?")]),
    ("search", [.character("/"), .character("t"), .character("h"), .character("e"), .enter]),
    ("sources", [.character("s"), .character(" ")]),
  ]
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("goldens/ui")

  static func frame(_ pane: Int, _ size: Size) -> Frame {
    let state = Fixture.state(width: size.width, height: size.height).pressing(panes[pane].keys)
    return render(state, size: size)
  }

  static func text(of frame: Frame) -> String {
    (frame.lines + ["--- roles"] + frame.roleLines).joined(separator: "\n") + "\n"
  }

  @Test(arguments: 0..<8, 0..<3)
  func paneMatchesItsGoldenFrame(pane: Int, sizeIndex: Int) throws {
    let size = Self.sizes[sizeIndex]
    let url = Self.directory.appendingPathComponent("\(Self.panes[pane].name)-\(size.width)x\(size.height).txt")
    let drawn = Self.text(of: Self.frame(pane, size))
    if ProcessInfo.processInfo.environment["DATELINE_RECORD_GOLDENS"] == "1" {
      try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
      try drawn.write(to: url, atomically: true, encoding: .utf8)
    }
    let golden = try String(contentsOf: url, encoding: .utf8)
    #expect(drawn == golden, "\(url.lastPathComponent) differs: DATELINE_RECORD_GOLDENS=1 rewrites it")
  }

  @Test(arguments: 0..<8, 0..<3)
  func everyCharacterReadsInDarkAndLightPalettes(pane: Int, sizeIndex: Int) {
    let frame = Self.frame(pane, Self.sizes[sizeIndex])
    for palette in [TerminalPalette.xtermDark, .tangoLight] {
      var unreadable: Set<String> = []
      for row in 0..<frame.size.height {
        for column in 0..<frame.size.width {
          let cell = frame[column, row]
          guard cell.grapheme.contains(where: { !$0.isWhitespace }), !TerminalPalette.faint.contains(cell.role) else { continue }
          let ratio = palette.contrast(of: Theme.standard.style(for: cell.role))
          if ratio < 3 { unreadable.insert("\(cell.role) \((ratio * 10).rounded() / 10):1") }
        }
      }
      #expect(unreadable.isEmpty, "\(palette.name): \(unreadable.sorted())")
    }
  }

  @Test func thePalettesTellReadableFromUnreadable() {
    #expect(TerminalPalette.tangoLight.contrast(of: Theme.Style(foreground: .yellow)) < 3)
    #expect(TerminalPalette.xtermDark.contrast(of: Theme.Style(foreground: .blue)) < 3)
    #expect(TerminalPalette.xtermDark.contrast(of: Theme.Style()) > 15)
    #expect(TerminalPalette.tangoLight.contrast(of: Theme.Style(reverse: true)) > 15)
  }
}

/// A terminal's default colours and its eight basic colours, to measure WCAG contrast.
struct TerminalPalette {
  var name: String
  var foreground: UInt32
  var background: UInt32
  var colors: [UInt32]

  /// Roles drawn faint on purpose (hints, borders, undated): not held to the contrast bar.
  static let faint: Set<Role> = [.dim, .border, .undated]

  /// xterm's default colours on a black background.
  static let xtermDark = TerminalPalette(
    name: "dark (xterm)", foreground: 0xE5E5E5, background: 0x000000,
    colors: [0x000000, 0xCD0000, 0x00CD00, 0xCDCD00, 0x0000EE, 0xCD00CD, 0x00CDCD, 0xE5E5E5])
  /// GNOME's Tango colours on a white background.
  static let tangoLight = TerminalPalette(
    name: "light (Tango)", foreground: 0x000000, background: 0xFFFFFF,
    colors: [0x2E3436, 0xCC0000, 0x4E9A06, 0xC4A000, 0x3465A4, 0x75507B, 0x06989A, 0xD3D7CF])

  /// The contrast ratio (1…21) of text drawn in `style`.
  func contrast(of style: Theme.Style) -> Double {
    var front = style.foreground.map { colors[Int($0.rawValue)] } ?? foreground
    var back = style.background.map { colors[Int($0.rawValue)] } ?? background
    if style.reverse { swap(&front, &back) }
    let (lighter, darker) = (max(Self.luminance(front), Self.luminance(back)), min(Self.luminance(front), Self.luminance(back)))
    return (lighter + 0.05) / (darker + 0.05)
  }

  private static func luminance(_ rgb: UInt32) -> Double {
    func channel(_ shift: UInt32) -> Double {
      let value = Double((rgb >> shift) & 0xFF) / 255
      return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
  }
}
