/// Placing year-less dates and weekdays near the reference time.
extension TimeResolver {
  /// A year-less point in the year that puts it nearest to the reference; a past tense makes a
  /// later year count six times as far, and a future tense an earlier one (twelve times for a
  /// month or a day: `will come into effect on Oct. 1` and `could reopen in September`, told in
  /// November, are next year's). A simple past
  /// that governs the point never places it after the reference (`The board voted in April`,
  /// told in March, is last year's).
  static func nearest(_ point: TimePoint, to reference: TimePoint, tense: SentenceTense) -> TimePoint {
    guard let year = reference.year, let now = reference.interval else { return point }
    var best = point
    var bestCost = Int.max
    for shift in [0, -1, 1] {
      var candidate = point
      candidate.year = year + shift
      guard let span = candidate.interval else { continue }
      let days = 1440
      let after = span.lowerBound > now.upperBound
      let before = span.upperBound < now.lowerBound
      if tense == .simplePast && after { continue }
      var cost = after ? (span.lowerBound - now.upperBound) / days : before ? (now.lowerBound - span.upperBound) / days : 0
      if tense == .past && after || tense == .future && before { cost *= 6 }
      if tense == .future && before && point.precision >= .month { cost *= 2 }
      if cost < bestCost {
        best = candidate
        bestCost = cost
      }
    }
    return best
  }

  /// A holiday or season named without its year (`over Christmas`, `at Easter`, `over the
  /// summer`), placed by the tense as a weekday is: in the past, the last occurrence begun by the
  /// reference (`Sales fell over Christmas`, told on December 20, is last year's); in the future,
  /// the first not yet over (`Shops expect to sell more over Christmas`, told on December 28, is
  /// next year's); else the nearest.
  static func occurrence(of point: TimePoint, near reference: TimePoint, tense: SentenceTense) -> TimePoint {
    guard let year = reference.year else { return point }
    let candidates = (-1...1).map { shift in
      var candidate = point
      candidate.year = year + shift
      return candidate
    }
    return occurrence(among: candidates, near: reference, tense: tense) ?? nearest(point, to: reference, tense: tense)
  }

  /// Of the yearly occurrences `candidates` (in time order), the one the tense picks: the last
  /// begun by the reference in the past, the first not over by it in the future; `nil` in the
  /// present or an unknown tense.
  static func occurrence(among candidates: [TimePoint], near reference: TimePoint, tense: SentenceTense) -> TimePoint? {
    guard let now = reference.interval else { return nil }
    switch tense {
    case .past, .simplePast: return candidates.last { $0.interval.map { $0.lowerBound <= now.upperBound } ?? false }
    case .future: return candidates.first { $0.interval.map { $0.upperBound >= now.lowerBound } ?? false }
    case .present, .unknown: return nil
    }
  }

  /// A year-less point given the year that puts it wholly before (-1) the reference, in its year
  /// (0), or after (1) it: `last April`, `this summer`, `next March`.
  static func place(_ point: TimePoint, near reference: TimePoint, direction: Int) -> TimePoint {
    guard let year = reference.year else { return point }
    var placed = point
    placed.year = year
    guard direction != 0, let start = monthDay(placed, start: true), let end = monthDay(placed, start: false)
    else { return placed }
    let now = (reference.month ?? 0, reference.precision >= .day ? reference.day ?? 0 : 0)
    let referenceKnowsMonth = reference.precision >= .month
    guard referenceKnowsMonth else { return placed }
    if direction < 0 && (end.0, end.1) >= now { placed.year = year - 1 }
    if direction > 0 && (start.0, start.1) <= now { placed.year = year + 1 }
    return placed
  }

  /// The first or last month and day a year-less point covers.
  private static func monthDay(_ point: TimePoint, start: Bool) -> (Int, Int)? {
    switch point.precision {
    case .month: return (point.month ?? 1, start ? 1 : 31)
    case .day, .partOfDay, .hour, .minute, .second: return point.month.map { ($0, point.day ?? 1) }
    case .quarter: return point.quarter.map { start ? ($0 * 3 - 2, 1) : ($0 * 3, 31) }
    case .half: return point.half.map { start ? ($0 * 6 - 5, 1) : ($0 * 6, 31) }
    case .season:
      let first = [TimePoint.Season.spring: 3, .summer: 6, .fall: 9, .winter: 12][point.season ?? .spring] ?? 3
      return start ? (first, 1) : (min(12, first + 2), 31)
    default: return nil
    }
  }

  /// Days from weekday `today` to weekday `day`: the last one before (-1), the one in the same
  /// week (0), or the next one (1).
  static func weekdayOffset(from today: Int, to day: Int, direction: Int) -> Int {
    let back = (today - day + 7) % 7
    let forward = (day - today + 7) % 7
    switch direction {
    case ..<0: return back == 0 ? -7 : -back
    case 1...: return forward == 0 ? 7 : forward
    default: return day - today
    }
  }

  /// Of the days `days` (day numbers in time order), the one the tense picks as it picks a
  /// weekday: the last on or before `today` in the past, the first on or after it in the future
  /// or with no tense marker (a schedule), else the nearest.
  static func day(among days: [Int], today: Int, tense: SentenceTense) -> Int? {
    let back = days.last { $0 <= today }
    let forward = days.first { $0 >= today }
    switch tense {
    case .past, .simplePast: return back ?? forward
    case .future, .unknown: return forward ?? back
    case .present:
      guard let back, let forward else { return back ?? forward }
      return forward - today < today - back ? forward : back
    }
  }

  /// Days from weekday `today` to weekday `day` as the tense says: the past one (today included)
  /// for the past; the coming one for the future and for a clause with no tense marker, whose
  /// plain present tells a schedule (`The talks resume on Thursday`); else the nearest.
  static func weekdayOffset(from today: Int, to day: Int, tense: SentenceTense) -> Int {
    let back = (today - day + 7) % 7
    let forward = (day - today + 7) % 7
    return Self.day(among: [-back, forward], today: 0, tense: tense) ?? forward
  }
}
