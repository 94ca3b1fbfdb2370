import Foundation

/// The `ics` export: an iCalendar (RFC 5545) calendar with one all-day event per dated event,
/// spanning the days its date covers (a day, a month, a year…). Text is escaped, lines are folded
/// at 75 octets and end in CRLF. Undated events, and those outside the years 0–9999 that an
/// iCalendar date can hold, are left out. So that the same input gives the
/// same bytes, `DTSTAMP` is the latest publication date of the documents (1970-01-01 when none is
/// known) and `UID`s are hashes of the events' contents.
public enum ICSExport {
  /// The export of `timeline`.
  public static func encoded(_ timeline: Timeline) -> Data {
    (try? ExportSink.data { write(timeline, to: $0) }) ?? Data()
  }

  /// Writes the export of `timeline` to `sink`, an event at a time.
  public static func write(_ timeline: Timeline, to sink: ExportSink) {
    let write = { (lines: [String]) in
      for line in lines { sink.append(folded(line)) }
    }
    write(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Dateline//Dateline timeline//EN", "CALSCALE:GREGORIAN"])
    let stamp = self.stamp(timeline)
    for event in timeline.events {
      guard let date = event.date, let span = CalendarSpan(date), writable(span.first),
        writable(span.last + 1)
      else { continue }
      write([
        "BEGIN:VEVENT", "UID:" + uid(event, timeline) + "@dateline", "DTSTAMP:" + stamp,
        "DTSTART;VALUE=DATE:" + day(span.first), "DTEND;VALUE=DATE:" + day(span.last + 1),
        "SUMMARY:" + escaped(event.summary), "DESCRIPTION:" + escaped(description(event, timeline)),
        "CATEGORIES:" + event.kind.rawValue.uppercased(), "END:VEVENT",
      ])
    }
    write(["END:VCALENDAR"])
  }

  private static func description(_ event: Event, _ timeline: Timeline) -> String {
    var parts = ["Date: " + DateDisplay.text(event.date), "Kind: " + event.kind.rawValue]
    if !event.actorIDs.isEmpty {
      parts.append("Actors: " + event.actorIDs.map { timeline.actors[$0].name }.joined(separator: ", "))
    }
    parts.append(
      "Sources: "
        + event.sources.map { timeline.documents[$0].metadata.title ?? timeline.documents[$0].name }.joined(
          separator: "; "))
    for quote in event.quotes.map({ timeline.quotes[$0] }) where !quote.isIndirect {
      parts.append(
        "“" + timeline.text(quote.span) + "”" + (quote.speaker.map { " — " + timeline.actors[$0].name } ?? ""))
    }
    return parts.joined(separator: "\n")
  }

  private static func stamp(_ timeline: Timeline) -> String {
    let days = timeline.documents.compactMap { $0.metadata.published.flatMap(CalendarSpan.init)?.first }
    return day(days.filter(writable).max() ?? 0) + "T000000Z"
  }

  /// Whether a day number falls in the years an iCalendar date can write (four digits).
  private static func writable(_ number: Int) -> Bool {
    (0...9999).contains(CivilDay.date(number).year)
  }

  private static func day(_ number: Int) -> String {
    let date = CivilDay.date(number)
    let month = date.month < 10 ? "0\(date.month)" : "\(date.month)"
    let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
    let year = String(date.year)
    return String(repeating: "0", count: max(0, 4 - year.count)) + year + month + day
  }

  /// A stable identifier: the FNV-1a hash of the event's date, kind, summary and first evidence.
  private static func uid(_ event: Event, _ timeline: Timeline) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    let key =
      (event.date?.value.timex ?? "") + "|" + event.kind.rawValue + "|" + event.summary + "|"
      + (event.mentions.first.map { timeline.documents[$0.document].name + ":\($0.start)" } ?? "")
    for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// TEXT with RFC 5545 escapes: backslash, semicolon, comma and newline; other control
  /// characters (which TEXT does not allow) are written visibly.
  static func escaped(_ text: String) -> String {
    var result = ""
    for scalar in TerminalSafeText.sanitized(text, keeping: ["\n", "\r"]).unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case ";": result += "\\;"
      case ",": result += "\\,"
      case "\n": result += "\\n"
      case "\r": continue
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// A content line folded into lines of at most 75 octets (continuations start with a space),
  /// never inside a UTF-8 sequence, each ending in CRLF.
  static func folded(_ line: String) -> String {
    var result = ""
    var octets = 0
    var limit = 75
    for scalar in line.unicodeScalars {
      let size = String(scalar).utf8.count
      if octets + size > limit {
        result += "\r\n "
        octets = 1
        limit = 75
      }
      result.unicodeScalars.append(scalar)
      octets += size
    }
    return result + "\r\n"
  }
}
