import DatelineCore
import DatelineTerminal
import DatelineUI
import Dispatch
import Foundation
import Synchronization

/// Runs extraction over documents on every core: each document on its own, then one assembly in
/// document order, so the timeline is the same as a single-threaded run's.
struct ExtractionRunner: Sendable {
  let extractor = Extractor()

  /// The timeline of `documents`.
  func timeline(of documents: [Document]) -> Timeline {
    var extractions = extract(documents)
    return extractor.assemble(draining: &extractions)
  }

  /// The extractions of `documents`, in document order, made in parallel.
  func extract(_ documents: [Document]) -> [DocumentExtraction] {
    guard documents.count > 1 else { return documents.map(extractor.extract) }
    let results = Mutex<[DocumentExtraction?]>(Array(repeating: nil, count: documents.count))
    DispatchQueue.concurrentPerform(iterations: documents.count) { index in
      let extraction = extractor.extract(documents[index])
      results.withLock { $0[index] = extraction }
    }
    return results.withLock { $0.compactMap { $0 } }
  }

  /// Extracts `documents` on a background thread, posting the timeline so far to `feed` each time
  /// the work done has doubled, and the whole timeline (with no progress) at the end.
  func startInBackground(_ documents: [Document], feed: ExtractionFeed) {
    let total = max(1, documents.reduce(0) { $0 + $1.text.count })
    Thread.detachNewThread {
      var extractions: [DocumentExtraction] = []
      var done = 0
      var nextPost = 1 << 20
      var start = 0
      while start < documents.count {
        var end = start
        var batchBytes = 0
        while end < documents.count && (end == start || batchBytes < 4 << 20) {
          batchBytes += documents[end].text.count
          end += 1
        }
        extractions += extract(Array(documents[start..<end]))
        done += batchBytes
        start = end
        if done >= nextPost && start < documents.count {
          feed.post(TimelineModel(extractor.assemble(extractions)), progress: Double(done) / Double(total))
          nextPost = done * 2
        }
      }
      feed.post(TimelineModel(extractor.assemble(draining: &extractions)), progress: nil)
    }
  }
}
