import DatelineCore
import Foundation

/// The documents of a parallel run: which one to extract next (never more than `window` ahead
/// of the one being merged) and the extractions made but not merged yet.
final class ExtractionQueue: @unchecked Sendable {
  private let condition = NSCondition()
  private let count: Int
  private let window: Int
  private var results: [Int: DocumentExtraction] = [:]
  private var nextClaim = 0
  private var merging = 0

  init(count: Int, window: Int) {
    self.count = count
    self.window = window
  }

  /// The next document for a worker to extract, waiting while the window is full; nil when all
  /// are taken.
  func claim() -> Int? {
    condition.lock()
    defer { condition.unlock() }
    while nextClaim < count && nextClaim >= merging + window { condition.wait() }
    guard nextClaim < count else { return nil }
    nextClaim += 1
    return nextClaim - 1
  }

  /// Files the extraction of document `index`.
  func deliver(_ index: Int, _ extraction: DocumentExtraction) {
    condition.lock()
    results[index] = extraction
    condition.broadcast()
    condition.unlock()
  }

  /// The extraction of document `index`, once made.
  func take(_ index: Int) -> DocumentExtraction {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let extraction = results.removeValue(forKey: index) {
        merging = index + 1
        condition.broadcast()
        return extraction
      }
      condition.wait()
    }
  }
}
