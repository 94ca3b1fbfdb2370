import Foundation

/// The `jsonl` export: the records of the `json` export, one per line, each with a `type`
/// (`header`, `document`, `actor`, `quote`, `event`, `finding`); the header line names the
/// schema and its version.
public enum JSONLinesExport {
  /// The export of `timeline`: UTF-8, one compact JSON object per line, each line ending in `\n`.
  public static func encoded(_ timeline: Timeline) throws -> Data {
    let export = JSONTimeline(timeline)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var data = Data()
    func line<Record: Encodable>(_ type: String, _ record: Record) throws {
      data.append(try encoder.encode(Line(type: type, record: record)))
      data.append(0x0A)
    }
    try line("header", Header(schema: export.schema, version: export.version))
    for record in export.documents { try line("document", record) }
    for record in export.actors { try line("actor", record) }
    for record in export.quotes { try line("quote", record) }
    for record in export.events { try line("event", record) }
    for record in export.findings { try line("finding", record) }
    return data
  }

  private struct Header: Encodable {
    var schema: String
    var version: Int
  }

  /// A record with its `type` written among its own fields.
  private struct Line<Record: Encodable>: Encodable {
    var type: String
    var record: Record

    private enum Key: String, CodingKey { case type }

    func encode(to encoder: Encoder) throws {
      try record.encode(to: encoder)
      var container = encoder.container(keyedBy: Key.self)
      try container.encode(type, forKey: .type)
    }
  }
}
