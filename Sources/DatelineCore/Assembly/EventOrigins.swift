/// The first telling of each merged event, by merged id: the document and the position of the
/// event's first token in it. Positions take 4 bytes an event; documents are kept once for each
/// run of consecutive events first told in the same one (the events of one `EventMerger.add` call
/// are), where a document for every event took 4 bytes more (1 MB on a list of 270,000 meetings).
struct EventOrigins: Sendable {
  /// A run of consecutive events first told in one document.
  private struct Run: Sendable {
    /// The id of the run's first event.
    var first: Int32
    var document: Int32
  }

  private var positions: [Int32] = []
  private var runs: [Run] = []

  /// No events.
  init() {}

  /// How many events have an origin.
  var count: Int { positions.count }

  /// How many runs of events first told in one document the documents are kept for.
  var documentRuns: Int { runs.count }

  /// Records the origin of the next event: its first token is at `position` of `document`.
  mutating func append(document: Int, position: Int) {
    let stored = Int32(truncatingIfNeeded: document)
    if runs.last?.document != stored {
      runs.append(Run(first: Int32(truncatingIfNeeded: positions.count), document: stored))
    }
    positions.append(Int32(truncatingIfNeeded: position))
  }

  /// The origin of every event as one number each, ordered as the origins are (document, then
  /// position): the document in the high 32 bits and the position in the low 32, each moved into
  /// the unsigned range so that the numbers compare as the pairs do.
  func orderKeys() -> [UInt64] {
    var keys: [UInt64] = []
    keys.reserveCapacity(positions.count)
    for (index, run) in runs.enumerated() {
      let end = index + 1 < runs.count ? Int(runs[index + 1].first) : positions.count
      let high = UInt64(UInt32(bitPattern: run.document) ^ 0x8000_0000) << 32
      for id in Int(run.first)..<end {
        keys.append(high | UInt64(UInt32(bitPattern: positions[id]) ^ 0x8000_0000))
      }
    }
    return keys
  }
}
