import DatelineCore

/// A timeline with the indexes the browser needs to stay instant on a million events: events by
/// actor, date keys, quotes by speaker, actors in list order, and case-folded summaries for search.
public final class TimelineModel: Sendable {
  /// The timeline.
  public let timeline: Timeline
  /// For each actor id, the ids of its events, ascending: the events it takes part in, and those
  /// backed by its quotes (what it did or said).
  public let eventsByActor: [[Int32]]
  /// For each document id, how many events it tells.
  public let eventCountByDocument: [Int]
  /// For each event, the start of its date interval; `Int.max` when undated.
  public let dateKeys: [Int]
  /// Quote ids grouped by speaker (in order of first appearance), then unattributed ones.
  public let quotesBySpeaker: [Int]
  /// Actor ids in the order the Actors pane lists them: most events first, then most mentions,
  /// then by name.
  public let actorOrder: [Int]
  /// The width of the Timeline's date column: as wide as its widest label, `DateLabel.columnWidth`
  /// at least.
  public let dateColumnWidth: Int
  /// Every event's summary, ASCII lower-cased, one after another.
  let foldedSummaries: [UInt8]
  /// Where each event's folded summary starts in `foldedSummaries`; one extra entry at the end.
  let summaryOffsets: [Int32]
  /// For each actor id, how many quotes it speaks.
  private let quotesPerActor: [Int]
  /// For each actor id, its name ASCII lower-cased.
  private let foldedActorNames: [[UInt8]]
  /// The documents of each event and the quotes in text order.
  let evidence: EvidenceIndex

  /// Indexes `timeline`.
  public init(_ timeline: Timeline) {
    self.timeline = timeline
    var byActor = Array(repeating: [Int32](), count: timeline.actors.count)
    var keys: [Int] = []
    keys.reserveCapacity(timeline.events.count)
    var folded: [UInt8] = []
    var perDocument = Array(repeating: 0, count: timeline.documents.count)
    var offsets: [Int32] = [0]
    offsets.reserveCapacity(timeline.events.count + 1)
    for (index, event) in timeline.events.enumerated() {
      for document in event.sources where document < perDocument.count { perDocument[document] += 1 }
      let speakers = event.quotes.compactMap { $0 < timeline.quotes.count ? timeline.quotes[$0].speaker : nil }
      let involved = Array(event.actorIDs) + speakers
      for (position, actor) in involved.enumerated() where actor < byActor.count && !involved[..<position].contains(actor) {
        byActor[actor].append(Int32(index))
      }
      keys.append(event.date?.value.interval?.lowerBound ?? Int.max)
      for byte in event.summary.utf8 { folded.append(byte.asciiLowercased) }
      offsets.append(Int32(truncatingIfNeeded: folded.count))
    }
    eventsByActor = byActor
    eventCountByDocument = perDocument
    dateKeys = keys
    foldedSummaries = folded
    summaryOffsets = offsets
    quotesBySpeaker = Self.groupQuotes(timeline.quotes)
    dateColumnWidth = DateLabel.columnWidth(fitting: timeline.events)
    var perActor = Array(repeating: 0, count: timeline.actors.count)
    for quote in timeline.quotes {
      if let speaker = quote.speaker, speaker < perActor.count { perActor[speaker] += 1 }
    }
    quotesPerActor = perActor
    evidence = EvidenceIndex(timeline)
    foldedActorNames = timeline.actors.map { actor in actor.name.utf8.map(\.asciiLowercased) }
    actorOrder = timeline.actors.sorted { lhs, rhs in
      let left = (byActor[lhs.id].count, lhs.mentions.count)
      let right = (byActor[rhs.id].count, rhs.mentions.count)
      if left != right { return left > right }
      return lhs.name < rhs.name
    }.map(\.id)
  }

  /// The number of events.
  public var eventCount: Int { timeline.events.count }

  /// How many quotes actor `id` speaks.
  public func quoteCount(of id: Int) -> Int { quotesPerActor[id] }

  /// The ids of the events that pass `filter`, ascending; `nil` when the filter is empty (all).
  public func eventIDs(passing filter: Filter) -> [Int32]? {
    guard !filter.isEmpty else { return nil }
    let candidates: [Int32]
    if filter.actors.isEmpty {
      candidates = Array(0..<Int32(eventCount))
    } else {
      candidates = Self.union(filter.actors.sorted().compactMap { $0 < eventsByActor.count ? eventsByActor[$0] : nil })
    }
    let others = Filter(kinds: filter.kinds, sources: filter.sources, from: filter.from, to: filter.to)
    let words = filter.words.map { Array($0.utf8) }
    guard !others.isEmpty || !words.isEmpty else { return candidates }
    return candidates.filter { id in
      let event = timeline.events[Int(id)]
      if !others.isEmpty && !others.matchesIgnoringActors(event, in: timeline) { return false }
      return words.allSatisfy { word in
        summary(of: Int(id), contains: word) || event.actorIDs.contains { actor in
          actor < foldedActorNames.count && foldedActorNames[actor].withUnsafeBufferPointer {
            Self.find(word, in: $0, from: 0, to: $0.count) != nil
          }
        }
      }
    }
  }

  /// Whether the summary of event `id` contains `needle` (lower-cased ASCII bytes).
  public func summary(of id: Int, contains needle: [UInt8]) -> Bool {
    foldedSummaries.withUnsafeBufferPointer { buffer in
      Self.find(needle, in: buffer, from: Int(summaryOffsets[id]), to: Int(summaryOffsets[id + 1])) != nil
    }
  }

  /// The first position of `needle` in `buffer[from..<to]`, if any.
  @inline(__always)
  static func find(_ needle: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
    guard let first = needle.first else { return from }
    let last = to - needle.count
    var index = from
    while index <= last {
      if buffer[index] == first {
        var offset = 1
        while offset < needle.count && buffer[index + offset] == needle[offset] { offset += 1 }
        if offset == needle.count { return index }
      }
      index += 1
    }
    return nil
  }

  private static func union(_ lists: [[Int32]]) -> [Int32] {
    guard lists.count > 1 else { return lists.first ?? [] }
    var seen = Set<Int32>()
    var result: [Int32] = []
    for list in lists { for id in list where seen.insert(id).inserted { result.append(id) } }
    return result.sorted()
  }

  private static func groupQuotes(_ quotes: [Quote]) -> [Int] {
    var order: [Int: Int] = [:]
    for quote in quotes {
      if let speaker = quote.speaker, order[speaker] == nil { order[speaker] = order.count }
    }
    return quotes.sorted { lhs, rhs in
      let left = lhs.speaker.flatMap { order[$0] } ?? Int.max
      let right = rhs.speaker.flatMap { order[$0] } ?? Int.max
      return (left, lhs.id) < (right, rhs.id)
    }.map(\.id)
  }
}

extension TimelineModel {
  /// The event's main actor: its first actor that is not a place (places are mostly where
  /// things happen: "Iraq's prime minister, Mustafa Al-Kadhimi" is about the prime minister),
  /// else its first place.
  public func mainActor(of id: Int) -> Int? {
    let actors = timeline.events[id].actorIDs.filter { $0 < timeline.actors.count }
    return actors.first { timeline.actors[$0].kind != .place } ?? actors.first
  }
}
