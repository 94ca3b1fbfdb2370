import DatelineCore

/// Where the evidence lies, indexed once so that a pane asks in logarithmic time: the articles
/// that tell each event (without walking its mentions, which may number a million), and the
/// quotes in text order (to style only those in view).
struct EvidenceIndex: Sendable {
  /// The documents of event `id` are `documents[offsets[id]..<offsets[id + 1]]`, ascending.
  private let documents: [Int32]
  private let offsets: [Int32]
  /// Quote ids by document, then by start.
  private let quotesInTextOrder: [Int32]
  /// For each place in `quotesInTextOrder`, the furthest end of a quote up to it in its document.
  private let quoteReach: [Int]

  /// Indexes the events' documents and the quotes of `timeline`.
  init(_ timeline: Timeline) {
    var documents: [Int32] = []
    var offsets: [Int32] = [0]
    offsets.reserveCapacity(timeline.events.count + 1)
    for event in timeline.events {
      documents += event.sources.map { Int32(truncatingIfNeeded: $0) }
      offsets.append(Int32(truncatingIfNeeded: documents.count))
    }
    self.documents = documents
    self.offsets = offsets
    let quotes = timeline.quotes
    let order = quotes.indices.sorted { (quotes[$0].span.document, quotes[$0].span.start) < (quotes[$1].span.document, quotes[$1].span.start) }
    quotesInTextOrder = order.map { Int32(truncatingIfNeeded: $0) }
    var reach: [Int] = []
    reach.reserveCapacity(order.count)
    for (position, id) in order.enumerated() {
      let span = quotes[id].span
      let continues = position > 0 && quotes[order[position - 1]].span.document == span.document
      reach.append(continues ? max(reach[position - 1], span.end) : span.end)
    }
    quoteReach = reach
  }

  /// The documents that tell event `id`, ascending.
  func documents(ofEvent id: Int) -> ArraySlice<Int32> {
    guard id >= 0, id + 1 < offsets.count else { return [] }
    return documents[Int(offsets[id])..<Int(offsets[id + 1])]
  }

  /// The ids of the quotes of `document` that share a byte with `window`, in text order.
  func quotes(in document: Int, overlapping window: Range<Int>, of timeline: Timeline) -> [Int] {
    let quotes = timeline.quotes
    let first = quotesInTextOrder.partitioningIndex { quotes[Int($0)].span.document >= document }
    let end = quotesInTextOrder.partitioningIndex { quotes[Int($0)].span.document > document }
    var position = quoteReach[first..<end].partitioningIndex { $0 > window.lowerBound }
    var found: [Int] = []
    while position < end, quotes[Int(quotesInTextOrder[position])].span.start < window.upperBound {
      let id = Int(quotesInTextOrder[position])
      if quotes[id].span.end > window.lowerBound { found.append(id) }
      position += 1
    }
    return found
  }
}
