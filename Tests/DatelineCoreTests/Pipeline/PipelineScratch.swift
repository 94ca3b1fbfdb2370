import Foundation

@testable import DatelineCore

/// A temporary directory of articles for pipeline tests, removed by `remove()`.
struct PipelineScratch {
  let directory: String

  /// A fresh directory named after `label`.
  init(_ label: String) throws {
    directory = NSTemporaryDirectory() + "dateline-pipeline-\(label)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  /// Writes `bytes` to `name` in the directory and gives its path.
  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let path = directory + "/" + name
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// Writes `text` to `name` in the directory and gives its path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    try write(name, Array(text.utf8))
  }

  /// Writes `count` short articles, `article-00.txt` on, each with dates, names and a quote.
  func writeArticles(_ count: Int) throws -> [String] {
    try (0..<count).map { index in
      try write(
        String(format: "article-%02d.txt", index),
        """
        ---
        published: 2021-0\(index % 9 + 1)-1\(index % 10)
        ---
        On March \(index + 2), Mara Quill met Tobias Wren in Lisbon to sign a water treaty.
        Two days later, the Harbour Council said the treaty would take effect in May \(2022 + index % 3).
        "We kept our word," Wren told reporters on Friday.
        """)
    }
  }

  /// Deletes the directory.
  func remove() {
    try? FileManager.default.removeItem(atPath: directory)
  }
}

/// Collects what a pipeline observer is told, from any thread.
final class PipelineRecorder: @unchecked Sendable {
  private let lock = NSLock()
  private var progressSeen: [PipelineProgress] = []
  private var findingsSeen: [(document: String, kinds: [Finding.Kind])] = []
  private var failuresSeen: [CoreError] = []

  /// An observer that records into this recorder.
  var observer: PipelineObserver {
    PipelineObserver(
      progress: { progress in self.lock.withLock { self.progressSeen.append(progress) } },
      findings: { document, findings in
        self.lock.withLock { self.findingsSeen.append((document.name, findings.map(\.kind))) }
      },
      failure: { failure in self.lock.withLock { self.failuresSeen.append(failure) } })
  }

  /// Every progress report, in order.
  var progress: [PipelineProgress] { lock.withLock { progressSeen } }
  /// Every document's findings, in order.
  var findings: [(document: String, kinds: [Finding.Kind])] { lock.withLock { findingsSeen } }
  /// Every failure, in order.
  var failures: [CoreError] { lock.withLock { failuresSeen } }
}
