import Foundation

/// The formats `dateline extract` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
  /// The documented, versioned JSON schema (`docs/json-schema.md`).
  case json
  /// The JSON records one per line.
  case jsonl
  /// One row per event.
  case csv
  /// A readable Markdown timeline with quotes.
  case md
  /// TimelineJS3 JSON.
  case timelinejs
  /// iCalendar, one all-day event per dated event.
  case ics

  /// The timeline in this format.
  public func encoded(_ timeline: Timeline) throws -> Data {
    switch self {
    case .json: try JSONTimeline(timeline).encoded()
    case .jsonl: try JSONLinesExport.encoded(timeline)
    case .csv: CSVExport.encoded(timeline)
    case .md: MarkdownExport.encoded(timeline)
    case .timelinejs: try TimelineJSExport.encoded(timeline)
    case .ics: ICSExport.encoded(timeline)
    }
  }
}
