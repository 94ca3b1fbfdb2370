import Foundation

/// The `csv` export: one row per event in timeline order, after a header row (RFC 4180: fields
/// with commas, quotes or line breaks are quoted, quotes doubled, rows end in CRLF).
public enum CSVExport {
  /// The columns, in order.
  public static let columns = [
    "id", "date", "precision", "display_date", "inferred", "kind", "summary", "main_actor", "actors", "quotes",
    "sources", "mentions", "evidence",
  ]

  /// The export of `timeline`.
  public static func encoded(_ timeline: Timeline) -> Data {
    (try? ExportSink.data { write(timeline, to: $0) }) ?? Data()
  }

  /// Writes the export of `timeline` to `sink`, a row at a time.
  public static func write(_ timeline: Timeline, to sink: ExportSink) {
    row(columns, to: sink)
    for event in timeline.events {
      let names: [String] = event.actorIDs.map { timeline.actors[$0].name }
      row(
        [
          String(event.id), event.date?.value.timex ?? "", event.date?.value.precisionName ?? "",
          DateDisplay.text(event.date), event.date.map { $0.isInferred ? "yes" : "no" } ?? "", event.kind.rawValue,
          event.summary, names.first ?? "", names.joined(separator: "; "), String(event.quotes.count),
          event.sources.map { timeline.documents[$0].name }.joined(separator: "; "), String(event.mentions.count),
          event.mentions.first.map { timeline.text($0) } ?? "",
        ], to: sink)
    }
  }

  private static func row(_ fields: [String], to sink: ExportSink) {
    for (position, value) in fields.enumerated() {
      if position > 0 { sink.append(byte: 0x2C) }
      sink.append(field(value))
    }
    sink.append("\r\n")
  }

  /// A field, quoted when it holds a comma, a quote or a line break; control characters other
  /// than line breaks and tabs are written visibly, so printing the file cannot drive a terminal.
  static func field(_ raw: String) -> String {
    let value = TerminalSafeText.sanitized(raw, keeping: ["\n", "\r", "\t"])
    guard value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return value
    }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
