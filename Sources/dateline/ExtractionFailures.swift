import DatelineCore
import Synchronization

extension ExtractionRunner {
  /// Read failures collected by a background extraction.
  final class Failures: Sendable {
    private let list = Mutex<[CoreError]>([])

    /// Records one file that could not be read.
    func add(_ failure: CoreError) { list.withLock { $0.append(failure) } }

    /// Every failure recorded so far.
    var all: [CoreError] { list.withLock { $0 } }
  }
}
