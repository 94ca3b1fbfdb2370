/// What a pipeline will read: the inputs found for the paths given, and the paths that named
/// nothing usable. Made by `Pipeline.inputs(for:)`; nothing is read yet.
public struct PipelineInputs: Sendable {
  /// The inputs, in reading order.
  public var inputs: [ArticleInput]
  /// The paths that cannot be used (missing, unreadable, a directory without articles), in order.
  public var failures: [CoreError]

  /// Inputs to read, and the paths that failed before any reading.
  public init(_ inputs: [ArticleInput], failures: [CoreError] = []) {
    self.inputs = inputs
    self.failures = failures
  }

  /// The bytes the inputs hold, as far as known beforehand.
  public var totalBytes: Int { inputs.reduce(0) { $0 + $1.size } }
}
