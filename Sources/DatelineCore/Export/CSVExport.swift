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
    var rows = [columns]
    for event in timeline.events {
      let names = event.actors.map { timeline.actors[$0].name }
      rows.append([
        String(event.id), event.date?.value.timex ?? "", event.date?.value.precisionName ?? "",
        DateDisplay.text(event.date), event.date.map { $0.isInferred ? "yes" : "no" } ?? "", event.kind.rawValue,
        event.summary, names.first ?? "", names.joined(separator: "; "), String(event.quotes.count),
        event.sources.map { timeline.documents[$0].name }.joined(separator: "; "), String(event.mentions.count),
        event.mentions.first.map { timeline.text($0) } ?? "",
      ])
    }
    let text = rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    return Data(text.utf8)
  }

  /// A field, quoted when it holds a comma, a quote or a line break.
  static func field(_ value: String) -> String {
    guard value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return value
    }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
