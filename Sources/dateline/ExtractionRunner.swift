import DatelineCore
import DatelineTerminal
import DatelineUI
import Foundation

/// Runs extraction over documents on every core: each document on its own, merged in document
/// order as soon as it is ready, so the timeline is the same as a single-threaded run's and the
/// extractions of all documents are never held at once.
struct ExtractionRunner: Sendable {
  let extractor = Extractor()

  /// How many documents may be extracted ahead of the one being merged.
  static let window = 16

  /// The timeline of `documents`.
  func timeline(of documents: [Document]) -> Timeline {
    var assembler = TimelineAssembler()
    extract(documents) { _, extraction in assembler.add(extraction) }
    return assembler.takeTimeline()
  }

  /// Extracts `documents` on every core and hands each extraction, with its index, to `merge` on
  /// the calling thread, in document order. Workers extract; the calling thread only merges, so
  /// that what lasts (the merged timeline) and what does not (each document's tagging) are not
  /// allocated side by side.
  func extract(_ documents: [Document], merge: (Int, DocumentExtraction) -> Void) {
    let workers = min(ProcessInfo.processInfo.activeProcessorCount, documents.count)
    guard workers > 1 else {
      for (index, document) in documents.enumerated() { merge(index, extractor.extract(document)) }
      return
    }
    let queue = ExtractionQueue(count: documents.count, window: Self.window)
    for _ in 0..<workers {
      Thread.detachNewThread { [extractor] in
        while let index = queue.claim() { queue.deliver(index, extractor.extract(documents[index])) }
      }
    }
    for index in documents.indices { merge(index, queue.take(index)) }
  }

  /// Extracts `documents` on a background thread, posting the timeline so far to `feed` each time
  /// the work done has doubled, and the whole timeline (with no progress) at the end.
  func startInBackground(_ documents: [Document], feed: ExtractionFeed) {
    let total = max(1, documents.reduce(0) { $0 + $1.text.count })
    Thread.detachNewThread {
      var assembler = TimelineAssembler()
      var done = 0
      var nextPost = 1 << 20
      extract(documents) { index, extraction in
        assembler.add(extraction)
        done += documents[index].text.count
        if done >= nextPost && index + 1 < documents.count {
          feed.post(TimelineModel(assembler.timeline()), progress: Double(done) / Double(total))
          nextPost = done * 2
        }
      }
      feed.post(TimelineModel(assembler.takeTimeline()), progress: nil)
    }
  }
}

/// The documents of a parallel run: which one to extract next (never more than `window` ahead
/// of the one being merged) and the extractions made but not merged yet.
private final class ExtractionQueue: @unchecked Sendable {
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
