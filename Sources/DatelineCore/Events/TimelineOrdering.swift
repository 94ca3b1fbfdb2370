/// Puts merged events in timeline order: dated events by date (the longer first when two start
/// together, then in order of telling), each undated event right after (or before) the dated
/// event it was told next to, and undated events of documents without dates at the end.
enum TimelineOrdering {
  /// The merged ids of `events` in timeline order.
  static func order(
    _ events: [Event], origins: [EventMerger.Origin], neighbours: [EventMerger.Neighbour?]
  ) -> [Int] {
    let keys = events.indices.map { key(events[$0], origins[$0]) }
    let dated = events.indices.filter { events[$0].date != nil }.sorted { keys[$0] < keys[$1] }
    var before: [Int: [Int]] = [:]
    var after: [Int: [Int]] = [:]
    var loose: [Int] = []
    let undated = events.indices.filter { events[$0].date == nil }.sorted {
      (origins[$0].document, origins[$0].position) < (origins[$1].document, origins[$1].position)
    }
    for id in undated {
      guard let neighbour = neighbours[id], events[neighbour.event].date != nil else {
        loose.append(id)
        continue
      }
      if neighbour.follows {
        before[neighbour.event, default: []].append(id)
      } else {
        after[neighbour.event, default: []].append(id)
      }
    }
    var result: [Int] = []
    for id in dated {
      result += before[id] ?? []
      result.append(id)
      result += after[id] ?? []
    }
    return result + loose
  }

  /// The place of a dated event: by start, the longer first when two start together (as
  /// `TimeValue.timelineOrder`), values without an interval last, then in order of telling.
  private static func key(_ event: Event, _ origin: EventMerger.Origin) -> SortKey {
    let interval = event.date?.value.interval
    return SortKey(
      hasNoInterval: interval == nil ? 1 : 0, start: interval?.lowerBound ?? 0, negatedEnd: -(interval?.upperBound ?? 0),
      document: origin.document, position: origin.position)
  }

  private struct SortKey: Comparable {
    var hasNoInterval: Int
    var start: Int
    var negatedEnd: Int
    var document: Int
    var position: Int

    static func < (lhs: SortKey, rhs: SortKey) -> Bool {
      (lhs.hasNoInterval, lhs.start, lhs.negatedEnd, lhs.document, lhs.position)
        < (rhs.hasNoInterval, rhs.start, rhs.negatedEnd, rhs.document, rhs.position)
    }
  }
}
