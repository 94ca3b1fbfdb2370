/// Puts merged events in timeline order: dated events by date (the longer first when two start
/// together, then in order of telling), each undated event right after (or before) the dated
/// event it was told next to, and undated events of documents without dates at the end.
enum TimelineOrdering {
  /// The merged ids of `events` in timeline order.
  static func order(_ events: [EventMerger.Merged]) -> [Int] {
    let dated = events.indices.compactMap { id in events[id].event.date.map { (id, $0.value) } }.sorted { left, right in
      if TimeValue.timelineOrder(left.1, right.1) { return true }
      if TimeValue.timelineOrder(right.1, left.1) { return false }
      return tellingOrder(events[left.0]) < tellingOrder(events[right.0])
    }.map(\.0)
    var before: [Int: [Int]] = [:]
    var after: [Int: [Int]] = [:]
    var loose: [Int] = []
    let undated = events.indices.filter { events[$0].event.date == nil }.sorted {
      tellingOrder(events[$0]) < tellingOrder(events[$1])
    }
    for id in undated {
      guard let neighbour = events[id].neighbour, events[neighbour.event].event.date != nil else {
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

  private static func tellingOrder(_ event: EventMerger.Merged) -> (Int, Int) {
    (event.origin.document, event.origin.position)
  }
}
