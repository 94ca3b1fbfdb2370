/// What a pipeline run gives: the timeline, the inputs that could not be read, and the time each
/// stage took.
public struct PipelineResult: Sendable {
  /// The timeline of every document read.
  public var timeline: Timeline
  /// The inputs that could not be read, in input order (the paths that failed before reading are
  /// in `PipelineInputs.failures`).
  public var failures: [CoreError]
  /// The time of each stage, summed over every document: with several jobs, the workers' times
  /// add up, so the total is thread time and can exceed the time the run took.
  public var timings: StageTimings
}
