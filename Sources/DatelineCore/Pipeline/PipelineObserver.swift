/// How far a pipeline run has come: inputs and bytes merged so far, out of how many.
public struct PipelineProgress: Sendable, Hashable {
  /// The inputs merged or found unreadable so far.
  public var inputsDone = 0
  /// The inputs of the run.
  public var inputCount: Int
  /// The bytes of the inputs done (sizes as known beforehand), with the share done of an input
  /// whose document is extracted a block at a time.
  public var bytesDone = 0
  /// The bytes of every input (sizes as known beforehand).
  public var totalBytes: Int

  /// No input done yet, out of `inputCount` inputs of `totalBytes` bytes.
  public init(inputCount: Int, totalBytes: Int) {
    self.inputCount = inputCount
    self.totalBytes = totalBytes
  }

  /// Whether every input is done.
  public var isComplete: Bool { inputsDone == inputCount }

  /// The share done, from 0 to 1: by bytes while inputs remain (by inputs when no size is
  /// known), and exactly 1 once every input is done.
  public var fraction: Double {
    if isComplete { return 1 }
    if totalBytes > 0 { return min(1, Double(bytesDone) / Double(totalBytes)) }
    return Double(inputsDone) / Double(inputCount)
  }
}

/// The callbacks of a pipeline run. They are called on the thread that merges (the caller's for
/// `Pipeline.run`, the background thread for `Pipeline.start`), one input at a time in input
/// order: `failure` or `findings` for the input, then `progress`; a document extracted a block
/// at a time also reports `progress` after each block but its last, before its `findings`.
public struct PipelineObserver: Sendable {
  /// Called after each input and each block but the last of a document extracted a block at a
  /// time, with the progress so far, its bytes done growing; the last call is complete.
  public var progress: @Sendable (PipelineProgress) -> Void
  /// Called with the findings of each document as it is merged (reading doubts, unmatched and
  /// unattributed quotes, a guessed reference date).
  public var findings: @Sendable (_ document: Document, _ findings: [Finding]) -> Void
  /// Called for each input that could not be read.
  public var failure: @Sendable (CoreError) -> Void

  /// An observer; every callback does nothing unless given.
  public init(
    progress: @escaping @Sendable (PipelineProgress) -> Void = { _ in },
    findings: @escaping @Sendable (_ document: Document, _ findings: [Finding]) -> Void = { _, _ in },
    failure: @escaping @Sendable (CoreError) -> Void = { _ in }
  ) {
    self.progress = progress
    self.findings = findings
    self.failure = failure
  }
}
