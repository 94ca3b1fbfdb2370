import DatelineCore
import Foundation

/// The property every input must have: reading and extracting it (every item, when it is a feed)
/// never crashes, the timeline's invariants hold, a second run gives the same JSON, and the
/// streamed JSON export is what the schema's own encoding writes.
enum FuzzCheck {
  /// The problems found with `bytes`, empty when none.
  static func problems(_ bytes: [UInt8]) -> [String] {
    let loader = DocumentLoader()
    guard let documents = try? loader.documents(bytes: bytes, name: "fuzz.txt", firstID: 0) else { return [] }
    let timeline = Pipeline(jobs: 1).timeline(of: documents)
    var problems = timeline.invariantViolations()
    let first = try? ExportFormat.json.encoded(timeline)
    let second = try? ExportFormat.json.encoded(Pipeline(jobs: 1).timeline(of: documents))
    if first != second { problems.append("a second run gave different output") }
    if first != (try? JSONTimeline(timeline).encoded()) {
      problems.append("the streamed JSON differs from the schema's encoding")
    }
    return problems
  }
}
