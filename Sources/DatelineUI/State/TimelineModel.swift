import DatelineCore

/// A timeline with the indexes the browser needs to stay instant on a million events: events by
/// actor, date keys, quotes by speaker, and case-folded summaries for search.
public final class TimelineModel: Sendable {
  /// The timeline.
  public let timeline: Timeline
  /// For each actor id, the ids of its events, ascending.
  public let eventsByActor: [[Int32]]
  /// For each event, the start of its date interval; `Int.max` when undated.
  public let dateKeys: [Int]
  /// Quote ids grouped by speaker (in order of first appearance), then unattributed ones.
  public let quotesBySpeaker: [Int]
  /// For each actor id, how many quotes it speaks.
  let quotesPerActor: [Int]
  /// For each event, its summary lower-cased (ASCII) as UTF-8, for search.
  let foldedSummaries: [[UInt8]]

  /// Indexes `timeline`.
  public init(_ timeline: Timeline) {
    self.timeline = timeline
    var byActor = Array(repeating: [Int32](), count: timeline.actors.count)
    var keys: [Int] = []
    keys.reserveCapacity(timeline.events.count)
    var folded: [[UInt8]] = []
    folded.reserveCapacity(timeline.events.count)
    for (index, event) in timeline.events.enumerated() {
      for actor in Set(event.actors) where actor < byActor.count { byActor[actor].append(Int32(index)) }
      keys.append(event.date?.value.interval?.lowerBound ?? Int.max)
      folded.append(event.summary.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
    }
    eventsByActor = byActor
    dateKeys = keys
    foldedSummaries = folded
    quotesBySpeaker = Self.groupQuotes(timeline.quotes)
    var perActor = Array(repeating: 0, count: timeline.actors.count)
    for quote in timeline.quotes { if let speaker = quote.speaker, speaker < perActor.count { perActor[speaker] += 1 } }
    quotesPerActor = perActor
  }

  /// How many quotes actor `id` speaks.
  public func quoteCount(of id: Int) -> Int { quotesPerActor[id] }

  /// The number of events.
  public var eventCount: Int { timeline.events.count }

  /// The ids of the events that pass `filter`, ascending; `nil` when the filter is empty (all).
  public func eventIDs(passing filter: Filter) -> [Int32]? {
    guard !filter.isEmpty else { return nil }
    let candidates: [Int32]
    if filter.actors.isEmpty {
      candidates = Array(0..<Int32(eventCount))
    } else {
      candidates = Self.union(filter.actors.sorted().compactMap { $0 < eventsByActor.count ? eventsByActor[$0] : nil })
    }
    let others = Filter(kinds: filter.kinds, from: filter.from, to: filter.to, words: filter.words)
    guard !others.isEmpty else { return candidates }
    return candidates.filter { others.matchesIgnoringActors(timeline.events[Int($0)], in: timeline) }
  }

  /// Whether the summary of event `id` contains `needle` (lower-cased ASCII bytes).
  public func summary(of id: Int, contains needle: [UInt8]) -> Bool {
    Self.contains(foldedSummaries[id], needle)
  }

  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard let first = needle.first else { return true }
    guard haystack.count >= needle.count else { return false }
    let last = haystack.count - needle.count
    var index = 0
    while index <= last {
      if haystack[index] == first {
        var offset = 1
        while offset < needle.count && haystack[index + offset] == needle[offset] { offset += 1 }
        if offset == needle.count { return true }
      }
      index += 1
    }
    return false
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
  /// Actor ids in the order the Actors pane lists them: most events first, then most mentions,
  /// then by name.
  public var actorOrder: [Int] {
    timeline.actors.sorted { lhs, rhs in
      let left = (eventsByActor[lhs.id].count, lhs.mentions.count)
      let right = (eventsByActor[rhs.id].count, rhs.mentions.count)
      if left != right { return left > right }
      return lhs.name < rhs.name
    }.map(\.id)
  }
}
