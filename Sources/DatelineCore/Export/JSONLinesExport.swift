import Foundation

/// The `jsonl` export: the records of the `json` export, one per line, each with a `type`
/// (`header`, `document`, `actor`, `quote`, `event`, `finding`); the header line names the
/// schema and its version.
public enum JSONLinesExport {
  /// The export of `timeline`: UTF-8, one compact JSON object per line, each line ending in `\n`.
  public static func encoded(_ timeline: Timeline) throws -> Data {
    try ExportFormat.jsonl.encoded(timeline)
  }
}
