/// Finds dated events by kind family and date interval, so that matching a new date against the
/// events so far looks only at events whose dates equal, hold or lie inside it — never at every
/// event of a year.
///
/// Events are filed under their exact interval. The distinct intervals are filed under the years
/// they cover (at most `yearLimit` of them): those of a day or less sorted by start, so that the
/// ones near a date are found by binary search, and the longer ones (weeks, months, years, ranges)
/// in a short list of their own. A date that only places its event somewhere in a year
/// (`2017-WXX-2`, told against a reference that names only a year) is filed apart: found by the
/// same date alone, never as nested with another.
struct DatedEventIndex: Sendable {
  // The keys hash their numbers only: hashing a kind hashes its name (its raw value), which cost
  // more than the rest of a look-up, and the interval alone spreads the keys well.
  private struct IntervalKey: Hashable {
    var family: Event.Kind
    var lower: Int
    var upper: Int
    var isVague: Bool

    func hash(into hasher: inout Hasher) {
      hasher.combine(lower)
      hasher.combine(upper)
      hasher.combine(isVague)
    }
  }

  private struct YearKey: Hashable {
    var family: Event.Kind
    var year: Int

    func hash(into hasher: inout Hasher) {
      hasher.combine(year)
    }
  }

  /// The intervals of one family and year.
  private struct YearIntervals {
    /// Intervals of a day or less, sorted by their start.
    var short: [ClosedRange<Int>] = []
    /// Longer intervals, in order of filing.
    var long: [ClosedRange<Int>] = []
  }

  /// Dates spanning more years than this are filed under their first years only.
  private static let yearLimit = 12
  /// Minutes in a day: intervals this long or shorter are kept sorted.
  private static let day = 1440

  private var members: [IntervalKey: [Int]] = [:]
  private var years: [YearKey: YearIntervals] = [:]

  /// Files event `id` of `kind` under the interval of `value`.
  mutating func insert(_ id: Int, kind: Event.Kind, value: TimeValue) {
    guard let key = Self.key(kind, value), let interval = value.interval else { return }
    let intervals = members.count
    members[key, default: []].insertSorted(id)
    if members.count > intervals, !key.isVague { fileInterval(interval, family: key.family) }
  }

  /// Moves event `id` of `kind` from the interval of `old` (none: it had no date) to that of `new`.
  mutating func move(_ id: Int, kind: Event.Kind, from old: TimeValue?, to new: TimeValue) {
    if let old, let key = Self.key(kind, old) { members[key]?.removeAll { $0 == id } }
    insert(id, kind: kind, value: new)
  }

  /// The events of `kind`'s family filed under exactly the interval of `value`, in ascending order.
  func exact(kind: Event.Kind, value: TimeValue) -> [Int] {
    Self.key(kind, value).flatMap { members[$0] } ?? []
  }

  /// `forEachNested(kind:interval:_:)` for the interval of `value`; nothing for a date that only
  /// places its event somewhere in a year.
  func forEachNested(kind: Event.Kind, value: TimeValue, _ body: (Int) -> Bool) {
    guard let key = Self.key(kind, value), !key.isVague else { return }
    forEachNested(kind: kind, interval: key.lower...key.upper, body)
  }

  /// The key `value` is filed under for `kind`, nil when it has no interval.
  private static func key(_ kind: Event.Kind, _ value: TimeValue) -> IntervalKey? {
    guard let interval = value.interval else { return nil }
    return IntervalKey(
      family: family(kind), lower: interval.lowerBound, upper: interval.upperBound,
      isVague: value.point?.isUnderspecified == true)
  }

  /// Calls `body` with the events of `kind`'s family whose interval holds `interval` or lies
  /// inside it (the same interval included), each once, until `body` returns false. Only
  /// intervals that share one of their first `yearLimit` years with `interval`'s are looked at.
  func forEachNested(kind: Event.Kind, interval: ClosedRange<Int>, _ body: (Int) -> Bool) {
    let family = Self.family(kind)
    let first = Self.year(interval.lowerBound)
    let lower = interval.lowerBound
    let upper = interval.upperBound
    for year in Self.years(of: interval) {
      guard let filed = years[YearKey(family: family, year: year)] else { continue }
      for other in filed.long where !visit(other, family: family, interval, year: year, first: first, body) { return }
      var position = Self.firstStart(atLeast: min(lower, upper - Self.day + 1), in: filed.short)
      while position < filed.short.count, filed.short[position].lowerBound <= upper {
        if !visit(filed.short[position], family: family, interval, year: year, first: first, body) { return }
        position += 1
      }
    }
  }

  /// Calls `body` with the events filed under `other` when it is nested with `interval` and
  /// `year` is the first year the two share; false when `body` asked to stop.
  private func visit(
    _ other: ClosedRange<Int>, family: Event.Kind, _ interval: ClosedRange<Int>, year: Int, first: Int,
    _ body: (Int) -> Bool
  ) -> Bool {
    let nested =
      (other.lowerBound <= interval.lowerBound && interval.upperBound <= other.upperBound)
      || (interval.lowerBound <= other.lowerBound && other.upperBound <= interval.upperBound)
    guard nested, max(first, Self.year(other.lowerBound)) == year else { return true }
    let key = IntervalKey(family: family, lower: other.lowerBound, upper: other.upperBound, isVague: false)
    for id in members[key] ?? [] where !body(id) { return false }
    return true
  }

  /// Kinds that one event may be told as: a killing is also told as a death.
  static func family(_ kind: Event.Kind) -> Event.Kind {
    kind == .death ? .attack : kind
  }

  private mutating func fileInterval(_ interval: ClosedRange<Int>, family: Event.Kind) {
    let isShort = interval.upperBound - interval.lowerBound < Self.day
    for year in Self.years(of: interval) {
      let key = YearKey(family: family, year: year)
      if isShort {
        Self.insertShort(interval, into: &years[key, default: YearIntervals()].short)
      } else {
        years[key, default: YearIntervals()].long.append(interval)
      }
    }
  }

  /// Adds a short interval after those that start no later than it.
  private static func insertShort(_ interval: ClosedRange<Int>, into sorted: inout [ClosedRange<Int>]) {
    sorted.insert(interval, at: firstStart(atLeast: interval.lowerBound + 1, in: sorted))
  }

  /// The first position in `sorted` whose interval starts at `start` or later.
  private static func firstStart(atLeast start: Int, in sorted: [ClosedRange<Int>]) -> Int {
    sorted.partitioningIndex { $0.lowerBound >= start }
  }

  private static func years(of interval: ClosedRange<Int>) -> ClosedRange<Int> {
    let first = year(interval.lowerBound)
    let last = year(interval.upperBound)
    return first...min(last, first + yearLimit - 1)
  }

  private static func year(_ minutes: Int) -> Int {
    CivilDay.date(minutes >= 0 ? minutes / day : -((-minutes + day - 1) / day)).year
  }
}

extension Array where Element == Int {
  /// Adds `id` in ascending place, unless it is there already.
  fileprivate mutating func insertSorted(_ id: Int) {
    if let last, last < id {
      append(id)
    } else if !contains(id) {
      insert(id, at: firstIndex { $0 > id } ?? count)
    }
  }
}
