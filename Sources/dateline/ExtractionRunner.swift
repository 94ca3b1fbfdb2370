import DatelineCore
import DatelineTerminal
import DatelineUI
import Foundation

/// Runs extraction over documents on every core: each document on its own, merged in document
/// order as soon as it is ready, so the timeline is the same as a single-threaded run's and the
/// extractions of all documents are never held at once.
struct ExtractionRunner: Sendable {
  let extractor = Extractor()
  /// How many threads extract at once.
  var workers = ProcessInfo.processInfo.activeProcessorCount

  /// How many documents may be extracted ahead of the one being merged.
  static let window = 16

  /// The timeline of `documents`.
  func timeline(of documents: [Document]) -> Timeline {
    var assembler = TimelineAssembler()
    extract(documents) { _, extraction in assembler.add(extraction) }
    return assembler.takeTimeline()
  }

  /// Extracts `documents` on `workers` threads and hands each extraction, with its index, to `merge` on
  /// the calling thread, in document order. Workers extract; the calling thread only merges, so
  /// that what lasts (the merged timeline) and what does not (each document's tagging) are not
  /// allocated side by side.
  func extract(_ documents: [Document], merge: (Int, DocumentExtraction) -> Void) {
    let workers = min(self.workers, documents.count)
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

  /// Reads and extracts `files` on a background thread, a few megabytes at a time, posting the
  /// timeline so far to `feed` each time the work done has doubled, and the whole timeline (with
  /// no progress) at the end. Files that cannot be read are left out and returned through
  /// `failures` once the feed reports the end.
  func startInBackground(_ files: [DocumentLoader.InputFile], loader: DocumentLoader, feed: ExtractionFeed, failures: Failures) {
    let total = max(1, files.reduce(0) { $0 + $1.size })
    Thread.detachNewThread {
      var assembler = TimelineAssembler()
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
            documents.append(try loader.document(file: file.path, id: assembler.documentCount + documents.count))
          } catch {
            failures.add(error as? CoreError ?? .unreadable(path: file.path, reason: "\(error)"))
          }
        }
        extract(documents) { _, extraction in assembler.add(extraction) }
        done += batchBytes
        start = end
        if done >= nextPost && start < files.count {
          feed.post(TimelineModel(assembler.timeline()), progress: Double(done) / Double(total))
          nextPost = done * 2
        }
      }
      feed.post(TimelineModel(assembler.takeTimeline()), progress: nil)
    }
  }
}
