/// Where in its day an event only inferred to be of that day goes.
extension TimelineOrdering {
  /// `dated`, in date order, with each event only inferred to be of a whole day (`Nobody was
  /// killed`, told after `The blaze broke out at 4:40 a.m.`) moved from the start of its day to
  /// right after the last finer time of that day its document told before it: its place in the
  /// story is all that tells when in the day it came. One told before every finer time, and a day
  /// the text names (`on Tuesday`), stay first.
  static func placingInferredDays(_ dated: [Dated], events: [Event], keys: [UInt64]) -> [Dated] {
    var result: [Dated] = []
    result.reserveCapacity(dated.count)
    var index = 0
    while index < dated.count {
      let day = dated[index].day
      var end = index
      while end < dated.count, dated[end].day == day, dated[end].lastDay == day { end += 1 }
      guard end > index + 1 else {
        result.append(dated[index])
        index = max(end, index + 1)
        continue
      }
      let finer = dated[index..<end].filter { !$0.isWholeDay }
      let telling = TellingIndex(finer, keys: keys)
      var leading: [Dated] = []
      var following: [Int32: [Dated]] = [:]
      for entry in dated[index..<end] where entry.isWholeDay {
        let host = events[Int(entry.id)].date?.inference == nil ? nil : telling.latest(toldBefore: keys[Int(entry.id)])
        if let host { following[finer[host].id, default: []].append(entry) } else { leading.append(entry) }
      }
      result += leading
      for entry in finer {
        result.append(entry)
        result += following[entry.id] ?? []
      }
      index = end
    }
    return result
  }

  /// The finer-timed events of a day in order of telling, which finds for an event the latest in
  /// time of those its document told before it with a binary search (a scan for each event took
  /// time growing with the product of their numbers on a day of many events).
  private struct TellingIndex {
    /// The events' order keys, sorted.
    private let told: [UInt64]
    /// For each place in `told`, the latest in time (the highest index in the day's list) of the
    /// events told up to it in its document.
    private let latest: [Int]

    /// The index of `finer`, in time order, with the order keys `keys`.
    init(_ finer: [Dated], keys: [UInt64]) {
      let order = finer.indices.sorted { keys[Int(finer[$0].id)] < keys[Int(finer[$1].id)] }
      told = order.map { keys[Int(finer[$0].id)] }
      var latest: [Int] = []
      latest.reserveCapacity(order.count)
      for (place, index) in order.enumerated() {
        let sameDocument = place > 0 && told[place - 1] >> 32 == told[place] >> 32
        latest.append(sameDocument ? max(latest[place - 1], index) : index)
      }
      self.latest = latest
    }

    /// The index in the day's list of the latest in time of the events told before the event
    /// with order key `key` in its document; nil when none is.
    func latest(toldBefore key: UInt64) -> Int? {
      let place = told.partitioningIndex { $0 >= key }
      guard place > 0, told[place - 1] >> 32 == key >> 32 else { return nil }
      return latest[place - 1]
    }
  }
}
