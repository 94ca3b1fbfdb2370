import DatelineCore
import Foundation

/// The property every input must have: reading and extracting it never crashes, the timeline's
/// invariants hold, and a second run gives the same JSON.
enum FuzzCheck {
  /// The problems found with `bytes`, empty when none.
  static func problems(_ bytes: [UInt8]) -> [String] {
    let loader = DocumentLoader()
    guard let document = try? loader.document(bytes: bytes, name: "fuzz.txt", id: 0) else { return [] }
    let timeline = Extractor().timeline(of: [document])
    var problems = timeline.invariantViolations()
    let first = try? JSONTimeline(timeline).encoded()
    let second = try? JSONTimeline(Extractor().timeline(of: [document])).encoded()
    if first != second { problems.append("a second run gave different output") }
    return problems
  }
}
