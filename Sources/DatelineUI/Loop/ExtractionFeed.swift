import Synchronization

/// A mailbox from a background extraction to the browser: the latest timeline and progress.
public final class ExtractionFeed: Sendable {
  private let latest = Mutex<(model: TimelineModel, progress: Double?)?>(nil)
  private let running = Atomic<Bool>(true)

  /// Creates an empty feed.
  public init() {}

  /// Posts a newer timeline; `progress` is `nil` when extraction has finished.
  public func post(_ model: TimelineModel, progress: Double?) {
    latest.withLock { $0 = (model, progress) }
    if progress == nil { running.store(false, ordering: .releasing) }
  }

  /// Takes the latest posted timeline, if one came since the last call.
  public func take() -> (model: TimelineModel, progress: Double?)? {
    latest.withLock { value in
      defer { value = nil }
      return value
    }
  }

  /// Whether extraction is still going on.
  public var isRunning: Bool { running.load(ordering: .acquiring) }
}
