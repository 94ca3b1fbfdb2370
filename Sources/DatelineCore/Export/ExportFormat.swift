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
    try ExportSink.data { write(timeline, to: $0) }
  }

  /// Writes the timeline in this format to `sink`, a piece at a time.
  public func write(_ timeline: Timeline, to sink: ExportSink) {
    switch self {
    case .json:
      var writer = JSONTimelineWriter(timeline, sink: sink, pretty: true)
      writer.writeDocument()
    case .jsonl:
      var writer = JSONTimelineWriter(timeline, sink: sink, pretty: false)
      writer.writeLines()
    case .csv: CSVExport.write(timeline, to: sink)
    case .md: MarkdownExport.write(timeline, to: sink)
    case .timelinejs: TimelineJSExport.write(timeline, to: sink)
    case .ics: ICSExport.write(timeline, to: sink)
    }
  }
}
