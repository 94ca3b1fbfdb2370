import Synchronization

/// A mailbox from a background extraction to the browser: the latest timeline and progress.
public final class ExtractionFeed: Sendable {
  private let latest = Mutex<Action?>(nil)
  private let running = Atomic<Bool>(true)

  /// Creates an empty feed.
  public init() {}

  /// Posts a newer timeline; `progress` is `nil` when extraction has finished.
  public func post(_ model: TimelineModel, progress: Double?) {
    latest.withLock { $0 = .update(model, progress: progress) }
    if progress == nil { running.store(false, ordering: .releasing) }
  }

  /// Posts how far extraction has come without a newer timeline; a timeline not yet taken is
  /// kept, with this progress. Ignored once extraction has finished.
  public func post(progress: Double) {
    latest.withLock { pending in
      switch pending {
      case .update(let model, progress: .some)?: pending = .update(model, progress: progress)
      case .update(_, progress: nil)?: break
      default: pending = .progress(progress)
      }
    }
  }

  /// Takes what was posted since the last call, if anything, as the action that brings it to
  /// the browser: `.update` with a timeline, `.progress` without one.
  public func take() -> Action? {
    latest.withLock { value in
      defer { value = nil }
      return value
    }
  }

  /// Whether extraction is still going on.
  public var isRunning: Bool { running.load(ordering: .acquiring) }
}
