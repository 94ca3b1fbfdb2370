import Foundation
import Testing

@testable import DatelineCore

/// Text exports a terminal may print never carry raw control characters or escape sequences from
/// the article; iCalendar never writes a date it cannot hold.
@Suite struct TerminalSafeExportTests {
  private func timeline(_ text: String) throws -> Timeline {
    let document = try DocumentLoader().document(bytes: Array(text.utf8), name: "hostile.txt", id: 0)
    return Pipeline().timeline(of: [document])
  }

  private static let hostile =
    "On Nov. 7, 2021 the army \u{1B}]52;c;cHduZWQ=\u{07}attacked the town \u{1B}[2Jof Qaim\u{202E}.\n"

  @Test func unsafeScalarsAreShownVisibly() {
    #expect(TerminalSafeText.sanitized("a\u{1B}[2Jb") == "a^[[2Jb")
    #expect(TerminalSafeText.sanitized("bell\u{07}") == "bell^G")
    #expect(TerminalSafeText.sanitized("x\u{202E}y") == "x<U+202E>y")
    #expect(TerminalSafeText.sanitized("\u{9B}31m") == "<U+009B>31m")
    #expect(TerminalSafeText.sanitized("del\u{7F}") == "del^?")
  }

  @Test func safeTextIsUnchanged() {
    for text in ["Al-Kadhimi’s “drones” — ok", "中文 مصطفى e\u{301} 🙂", ""] {
      #expect(TerminalSafeText.sanitized(text) == text)
    }
    #expect(TerminalSafeText.sanitized("two\nlines\ttab", keeping: ["\n", "\t"]) == "two\nlines\ttab")
    #expect(TerminalSafeText.sanitized("two\nlines") == "two^Jlines")
  }

  @Test(arguments: [ExportFormat.md, .csv, .ics])
  func textExportsCarryNoRawControls(format: ExportFormat) throws {
    let bytes = [UInt8](try format.encoded(timeline(Self.hostile)))
    let allowed: Set<UInt8> = [0x0A, 0x0D]
    #expect(!bytes.contains { ($0 < 0x20 && !allowed.contains($0)) || $0 == 0x7F })
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(!text.unicodeScalars.contains { $0.value == 0x202E || (0x80..<0xA0).contains($0.value) })
  }

  @Test func markdownShowsTheEscapeVisibly() throws {
    let text = String(decoding: try ExportFormat.md.encoded(timeline(Self.hostile)), as: UTF8.self)
    #expect(text.contains("^G") || text.contains("^\\["))
  }

  /// JSON keeps the text exact, with controls as JSON escapes: the mention text holds the ESC,
  /// the summary (shown by TimelineJS) the BEL.
  @Test(arguments: [(ExportFormat.json, "u001b"), (.jsonl, "u001b"), (.timelinejs, "u0007")])
  func exactExportsKeepTheTextEscapedNotAltered(format: ExportFormat, escape: String) throws {
    let text = String(decoding: try format.encoded(timeline(Self.hostile)), as: UTF8.self).lowercased()
    #expect(text.contains("\\" + escape))
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }

  @Test func iCalendarLeavesOutDaysItCannotWrite() throws {
    let text = String(
      decoding: try ExportFormat.ics.encoded(timeline("The army attacked the town on 9999-12-31.\n")), as: UTF8.self)
    #expect(!text.contains("BEGIN:VEVENT"))
    let ordinary = String(
      decoding: try ExportFormat.ics.encoded(timeline("The army attacked the town on 2021-11-07.\n")), as: UTF8.self)
    #expect(ordinary.contains("DTSTART;VALUE=DATE:20211107"))
    #expect(ordinary.contains("DTEND;VALUE=DATE:20211108"))
  }
}
