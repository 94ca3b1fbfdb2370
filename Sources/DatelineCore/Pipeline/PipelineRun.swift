import Foundation

/// A pipeline run on a background thread (`Pipeline.start`): the inputs that could not be read
/// collect here as the run goes.
public final class PipelineRun: @unchecked Sendable {
  private let lock = NSLock()
  private var collected: [CoreError] = []

  /// The inputs that could not be read so far, in input order.
  public var failures: [CoreError] { lock.withLock { collected } }

  fileprivate func add(_ failure: CoreError) { lock.withLock { collected.append(failure) } }
}

extension Pipeline {
  /// Reads, extracts and assembles `inputs` on a background thread and returns at once. `update`
  /// gets the timeline so far, with the share done, each time the bytes done have doubled (from
  /// 1 MB on), and the whole timeline with `nil` at the end. Unreadable inputs go to
  /// `observer.failure` and collect in the run returned.
  public func start(
    _ inputs: PipelineInputs, observer: PipelineObserver = PipelineObserver(),
    update: @escaping @Sendable (Timeline, _ progress: Double?) -> Void
  ) -> PipelineRun {
    let run = PipelineRun()
    var collecting = observer
    collecting.failure = { failure in
      run.add(failure)
      observer.failure(failure)
    }
    Thread.detachNewThread { [self, collecting] in
      let result = assemble(read(inputs), observer: collecting, update: { update($0, $1) })
      update(result.timeline, nil)
    }
    return run
  }
}
