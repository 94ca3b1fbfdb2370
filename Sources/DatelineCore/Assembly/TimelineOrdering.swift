/// Puts merged events in timeline order: dated events by date (the longer first when two start
/// together, then in order of telling), each undated event right after (or before) the dated
/// event it was told next to, and undated events of documents without dates at the end.
enum TimelineOrdering {
  /// The merged ids of `events` in timeline order.
  static func order(
    _ events: [Event], origins: [EventMerger.Origin], neighbours: [EventMerger.Neighbour]
  ) -> [Int] {
    var keys: [DateKey] = []
    keys.reserveCapacity(events.count)
    var datedCount = 0
    for id in events.indices {
      let date = events[id].date
      if date != nil { datedCount += 1 }
      keys.append(DateKey(date))
    }
    var dated: [Int32] = []
    dated.reserveCapacity(datedCount)
    for id in events.indices where events[id].date != nil { dated.append(Int32(truncatingIfNeeded: id)) }
    dated.sort { left, right in
      let l = keys[Int(left)]
      let r = keys[Int(right)]
      if l.start != r.start { return l.start < r.start }
      if l.negatedEnd != r.negatedEnd { return l.negatedEnd < r.negatedEnd }
      return precedes(origins[Int(left)], origins[Int(right)])
    }
    keys = []
    var before: [Int: [Int]] = [:]
    var after: [Int: [Int]] = [:]
    var loose: [Int] = []
    let undated = events.indices.filter { events[$0].date == nil }.sorted { precedes(origins[$0], origins[$1]) }
    for id in undated {
      let neighbour = neighbours[id]
      guard neighbour.exists, events[neighbour.event].date != nil else {
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
    result.reserveCapacity(events.count)
    for stored in dated {
      let id = Int(stored)
      if let told = before[id] { result += told }
      result.append(id)
      if let told = after[id] { result += told }
    }
    result += loose
    return result
  }

  /// Whether one telling comes before another: by document, then by position.
  private static func precedes(_ lhs: EventMerger.Origin, _ rhs: EventMerger.Origin) -> Bool {
    (lhs.document, lhs.position) < (rhs.document, rhs.position)
  }

  /// The place of an event's date: by start, the longer first when two start together (as
  /// `TimeValue.timelineOrder`), values without an interval last (a start no interval reaches:
  /// interval bounds are minutes of 32-bit years). Then come events in order of telling.
  private struct DateKey {
    var start: Int
    var negatedEnd: Int

    init(_ date: EventDate?) {
      if let interval = date?.value.interval {
        start = interval.lowerBound
        negatedEnd = -interval.upperBound
      } else {
        start = .max
        negatedEnd = 0
      }
    }
  }
}
