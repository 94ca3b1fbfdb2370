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
    extractor.assemble(extract(documents))
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

  /// Reads and extracts `files` on a background thread, a few megabytes at a time, posting the
  /// timeline so far to `feed` each time the work done has doubled, and the whole timeline (with
  /// no progress) at the end. Files that cannot be read are left out and returned through
  /// `failures` once the feed reports the end.
  func startInBackground(_ files: [DocumentLoader.InputFile], loader: DocumentLoader, feed: ExtractionFeed, failures: Failures) {
    let total = max(1, files.reduce(0) { $0 + $1.size })
    Thread.detachNewThread {
      var extractions: [DocumentExtraction] = []
      var done = 0
      var nextPost = 1 << 20
      var start = 0
      while start < files.count {
        var end = start
        var batchBytes = 0
        while end < files.count && (end == start || batchBytes < 4 << 20) {
          batchBytes += files[end].size
          end += 1
        }
        var documents: [Document] = []
        for file in files[start..<end] {
          do {
            documents.append(try loader.document(file: file.path, id: extractions.count + documents.count))
          } catch {
            failures.add(error as? CoreError ?? .unreadable(path: file.path, reason: "\(error)"))
          }
        }
        extractions += extract(documents)
        done += batchBytes
        start = end
        if done >= nextPost && start < files.count {
          feed.post(TimelineModel(extractor.assemble(extractions)), progress: Double(done) / Double(total))
          nextPost = done * 2
        }
      }
      feed.post(TimelineModel(extractor.assemble(extractions)), progress: nil)
    }
  }

  /// Read failures collected by a background extraction.
  final class Failures: Sendable {
    private let list = Mutex<[CoreError]>([])

    func add(_ failure: CoreError) { list.withLock { $0.append(failure) } }

    var all: [CoreError] { list.withLock { $0 } }
  }
}
