import Foundation

/// The items of a parallel run: which one a worker takes next (never more than `window` ahead of
/// the one being merged), the outputs made but not merged yet, and how many workers are still
/// running.
final class OrderedQueue<Output: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private let count: Int
  private let window: Int
  private var outputs: [Int: Output] = [:]
  private var nextClaim = 0
  private var merging = 0
  private var runningWorkers: Int

  init(count: Int, window: Int, workers: Int) {
    self.count = count
    self.window = window
    runningWorkers = workers
  }

  /// The next item for a worker, waiting while the window is full; nil when all are taken.
  func claim() -> Int? {
    condition.lock()
    defer { condition.unlock() }
    while nextClaim < count && nextClaim >= merging + window { condition.wait() }
    guard nextClaim < count else { return nil }
    nextClaim += 1
    return nextClaim - 1
  }

  /// Files the output of item `index`.
  func deliver(_ index: Int, _ output: Output) {
    condition.lock()
    outputs[index] = output
    condition.broadcast()
    condition.unlock()
  }

  /// The output of item `index`, once made.
  func take(_ index: Int) -> Output {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let output = outputs.removeValue(forKey: index) {
        merging = index + 1
        condition.broadcast()
        return output
      }
      condition.wait()
    }
  }

  /// Records that a worker found nothing left to claim and ends.
  func workerFinished() {
    condition.lock()
    runningWorkers -= 1
    condition.broadcast()
    condition.unlock()
  }

  /// Waits until every worker has ended.
  func waitForWorkers() {
    condition.lock()
    while runningWorkers > 0 { condition.wait() }
    condition.unlock()
  }
}

extension OrderedQueue {
  /// Runs `work` for the items `0..<count` on `jobs` threads (no more than there are items, nor
  /// than the `window` of items that may be in work at once) and hands each output to `merge` on
  /// the calling thread, in item order, as soon as it and those before it are made. Workers only
  /// work and the calling thread only merges, so that what lasts (the merged result) and what does
  /// not (each item's intermediate data) are not allocated side by side. With one job everything
  /// runs on the calling thread. Returns once every worker has ended.
  static func run(
    count: Int, jobs: Int, window: Int, work: @escaping @Sendable (Int) -> Output, merge: (Int, Output) -> Void
  ) {
    let workers = min(jobs, count, window)
    guard workers > 1 else {
      for index in 0..<count { merge(index, work(index)) }
      return
    }
    let queue = OrderedQueue(count: count, window: window, workers: workers)
    for _ in 0..<workers {
      Thread.detachNewThread {
        while let index = queue.claim() { queue.deliver(index, work(index)) }
        queue.workerFinished()
      }
    }
    for index in 0..<count { merge(index, queue.take(index)) }
    queue.waitForWorkers()
  }
}
