/// Puts merged events in timeline order: dated events by date (the longer first when two start
/// together, then in order of telling), each undated event right after (or before) the dated
/// event it was told next to, and at the end, in order of telling, the rest: undated events with
/// no dated neighbour and events dated without a place on the calendar (`3 October` of an unknown
/// year), which a text without a reference time tells as one story.
///
/// It runs while the whole timeline is held, so its lists take 32-bit ids, and date keys only
/// for dated events: a text of a million short paragraphs has half a million undated events.
enum TimelineOrdering {
  /// The merged ids of `events` in timeline order (32 bits each, as every list here). `origins`
  /// and `neighbours` are emptied as soon as they are no longer needed, so that the lists made
  /// after them do not add to theirs (on a million short paragraphs they take 6 MB); the order
  /// of telling is read from one key an event (`EventOrigins.orderKeys`).
  static func order(
    _ events: [Event], origins: inout EventOrigins, neighbours: inout [EventMerger.Neighbour]
  ) -> [Int32] {
    var keys = origins.orderKeys()
    origins = EventOrigins()
    var datedCount = 0
    for event in events where event.date?.value.interval != nil { datedCount += 1 }
    var dated: [Dated] = []
    dated.reserveCapacity(datedCount)
    var unplaced: [Int32] = []
    unplaced.reserveCapacity(events.count - datedCount)
    for id in events.indices {
      if let interval = events[id].date?.value.interval {
        dated.append(Dated(interval, id: id))
      } else {
        unplaced.append(Int32(truncatingIfNeeded: id))
      }
    }
    dated.sort { left, right in
      if left.start != right.start { return left.start < right.start }
      if left.negatedEnd != right.negatedEnd { return left.negatedEnd < right.negatedEnd }
      return keys[Int(left.id)] < keys[Int(right.id)]
    }
    unplaced.sort { keys[Int($0)] < keys[Int($1)] }
    dated = placingInferredDays(dated, events: events, keys: keys)
    keys = []
    var before: [Int: [Int32]] = [:]
    var after: [Int: [Int32]] = [:]
    var loose: [Int32] = []
    for id in unplaced {
      let neighbour = neighbours[Int(id)]
      guard neighbour.exists, events[neighbour.event].date?.value.interval != nil else {
        loose.append(id)
        continue
      }
      if neighbour.follows {
        before[neighbour.event, default: []].append(id)
      } else {
        after[neighbour.event, default: []].append(id)
      }
    }
    unplaced = []
    neighbours = []
    var result: [Int32] = []
    result.reserveCapacity(events.count)
    for entry in dated {
      if let told = before.removeValue(forKey: Int(entry.id)) { result += told }
      result.append(entry.id)
      if let told = after.removeValue(forKey: Int(entry.id)) { result += told }
    }
    result += loose
    return result
  }

  /// A dated event's id and the place of its date: by start, the longer first when two start
  /// together (as `TimeValue.timelineOrder`). Then come events in order of telling.
  struct Dated {
    var start: Int
    var negatedEnd: Int
    var id: Int32

    init(_ interval: ClosedRange<Int>, id: Int) {
      start = interval.lowerBound
      negatedEnd = -interval.upperBound
      self.id = Int32(truncatingIfNeeded: id)
    }

    /// The day (in minutes' intervals, 1440 a day) the date starts on.
    var day: Int { start >= 0 ? start / 1440 : (start + 1) / 1440 - 1 }
    /// The day the date ends on.
    var lastDay: Int { -negatedEnd >= 0 ? -negatedEnd / 1440 : (-negatedEnd + 1) / 1440 - 1 }
    /// Whether the date is one whole day.
    var isWholeDay: Bool { -negatedEnd - start == 1439 && day == lastDay }
  }
}
