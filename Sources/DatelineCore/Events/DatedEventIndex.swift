/// Finds dated events by kind and by the years their dates cover, so that matching a new date
/// against the events so far does not look at every event.
struct DatedEventIndex: Sendable {
  private struct Key: Hashable {
    var family: Event.Kind
    var year: Int
  }

  /// Dates spanning more years than this are filed under their first years only.
  private static let yearLimit = 12

  private var buckets: [Key: [Int]] = [:]

  /// Files event `id` of `kind` under the years `value` covers.
  mutating func insert(_ id: Int, kind: Event.Kind, value: TimeValue) {
    for year in Self.years(of: value) {
      let key = Key(family: Self.family(kind), year: year)
      if buckets[key]?.last != id { buckets[key, default: []].append(id) }
    }
  }

  /// The events of `kind`'s family filed under a year that `value` covers, in ascending order
  /// (an event filed again after its date got finer may appear twice).
  func candidates(kind: Event.Kind, value: TimeValue) -> [Int] {
    let years = Self.years(of: value)
    if years.count == 1, let year = years.first { return buckets[Key(family: Self.family(kind), year: year)] ?? [] }
    var found: [Int] = []
    for year in years {
      found += buckets[Key(family: Self.family(kind), year: year)] ?? []
    }
    return Array(Set(found)).sorted()
  }

  /// Kinds that one event may be told as: a killing is also told as a death.
  static func family(_ kind: Event.Kind) -> Event.Kind {
    kind == .death ? .attack : kind
  }

  private static func years(of value: TimeValue) -> Range<Int> {
    guard let interval = value.interval else { return 0..<0 }
    let first = CivilDay.date(floorDay(interval.lowerBound)).year
    let last = CivilDay.date(floorDay(interval.upperBound)).year
    return first..<(min(last, first + yearLimit - 1) + 1)
  }

  private static func floorDay(_ minutes: Int) -> Int {
    minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440)
  }
}
