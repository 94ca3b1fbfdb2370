import DatelineCore
import Foundation
import Synchronization

/// Extracts documents on every core and assembles them in document order, for the benchmark's
/// comparison with the single-core run.
enum ParallelExtraction {
  /// The timeline of `documents`.
  static func timeline(of documents: [Document]) -> Timeline {
    let extractor = Extractor()
    let extractions = Mutex([DocumentExtraction?](repeating: nil, count: documents.count))
    DispatchQueue.concurrentPerform(iterations: documents.count) { index in
      let extraction = extractor.extract(documents[index])
      extractions.withLock { $0[index] = extraction }
    }
    return extractor.assemble(extractions.withLock { $0.compactMap { $0 } })
  }
}
