import Foundation

/// Gives documents read in parallel their ids in input order: the documents of input `index`
/// (one, several for a feed, none when it could not be read) are numbered from the count of
/// documents the inputs before it gave, so that an unreadable file leaves no gap. A
/// worker asking for input `index` waits until every earlier input has been numbered; inputs are
/// claimed in order, so each earlier one is being read by a worker that waits on nothing later.
final class DocumentNumbering: @unchecked Sendable {
  private let condition = NSCondition()
  private var numbered = 0
  private var documents = 0

  /// The first id of the `documents` documents of input `index`, once inputs `0..<index` are
  /// numbered.
  func number(_ index: Int, documents count: Int) -> Int {
    condition.lock()
    defer { condition.unlock() }
    while numbered < index { condition.wait() }
    let id = documents
    documents += count
    numbered += 1
    condition.broadcast()
    return id
  }
}
