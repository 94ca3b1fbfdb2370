import Foundation

/// Gives documents read in parallel their ids in input order: input `index` that was read gets
/// the number of inputs before it that were read, so that an unreadable file leaves no gap. A
/// worker asking for input `index` waits until every earlier input has been numbered; inputs are
/// claimed in order, so each earlier one is being read by a worker that waits on nothing later.
final class DocumentNumbering: @unchecked Sendable {
  private let condition = NSCondition()
  private var numbered = 0
  private var documents = 0

  /// The id of input `index` (when `isDocument`), once inputs `0..<index` are numbered.
  func number(_ index: Int, isDocument: Bool) -> Int {
    condition.lock()
    defer { condition.unlock() }
    while numbered < index { condition.wait() }
    let id = documents
    if isDocument { documents += 1 }
    numbered += 1
    condition.broadcast()
    return id
  }
}
