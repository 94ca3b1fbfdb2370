/// Turns matched phrases into TIMEX3 values: against the reference time, the story's last
/// mentioned time (the narrative anchor) and the tense of the sentence.
struct TimeResolver {
  /// The reference time, if any.
  let reference: TimePoint?
  /// The last point in time the text mentioned, where, and the number of its sentence.
  var anchor: (point: TimePoint, range: Range<Int>, sentence: Int)?
  /// The last day (or finer point) the text mentioned: what day-long phrases (`the next day`,
  /// `at 10 p.m.`) are anchored to.
  var dayAnchor: (point: TimePoint, range: Range<Int>, sentence: Int)?

  /// Makes `point` (found at `range` in sentence number `sentence`) the story's time.
  mutating func remember(_ point: TimePoint, at range: Range<Int>, sentence: Int) {
    anchor = (point, range, sentence)
    if point.precision >= .day { dayAnchor = anchor }
  }

  /// The value of `match` (in sentence number `sentence`) and how it was found;
  /// `tense` is asked only when the value needs it.
  func resolve(_ match: TimeMatch, sentence: Int, tense: () -> SentenceTense) -> (TimeValue, TimeExpression.Resolution) {
    switch match.meaning {
    case .duration(let duration): return (.duration(duration), .unanchored)
    case .reference(let reference): return (.reference(reference), .unanchored)
    case .set(let value): return (.set(value), .unanchored)
    case .point(let point, let direction):
      if point.year != nil { return (narrowed(point, match), .explicit) }
      guard let reference, reference.year != nil else { return (narrowed(point, match), .unanchored) }
      let placed =
        direction.map { Self.place(point, near: reference, direction: $0) }
        ?? Self.nearest(point, to: reference, tense: tense())
      return (narrowed(placed, match), .yearFromReference)
    case .weekday(let day, let direction):
      guard let reference, let today = reference.dayNumber else {
        return (.point(TimePoint(precision: .week, year: reference?.year, weekday: day)), .unanchored)
      }
      let weekday = CivilDay.weekday(today)
      let offset =
        direction.map { Self.weekdayOffset(from: weekday, to: day, direction: $0) }
        ?? Self.weekdayOffset(from: weekday, to: day, tense: tense())
      return (narrowed(.day(number: today + offset), match), .relativeToReference)
    case .weekdayFromNarrative(let day, let direction):
      if let anchor = dayAnchor, let anchorDay = anchor.point.dayNumber, anchor.point.precision >= .day {
        let offset = Self.weekdayOffset(from: CivilDay.weekday(anchorDay), to: day, direction: direction)
        return (narrowed(.day(number: anchorDay + offset), match), .relativeToNarrative(anchor: anchor.range))
      }
      guard let today = reference?.dayNumber else { return (.point(TimePoint(precision: .week, year: nil, weekday: day)), .unanchored) }
      let offset = Self.weekdayOffset(from: CivilDay.weekday(today), to: day, direction: direction)
      return (narrowed(.day(number: today + offset), match), .relativeToReference)
    case .thanksgiving(let direction):
      guard let reference, let referenceYear = reference.year else { return (.point(.day(nil, 11, 22)), .unanchored) }
      let november =
        direction.map { Self.place(.month(nil, 11), near: reference, direction: $0) }
        ?? Self.nearest(.month(nil, 11), to: reference, tense: tense())
      let first = CivilDay.number(year: november.year ?? referenceYear, month: 11, day: 1)
      let firstThursday = first + (4 - CivilDay.weekday(first) + 7) % 7
      return (narrowed(.day(number: firstThursday + 21), match), .yearFromReference)
    case .inYear(let point, let years):
      guard let year = reference?.year else { return (narrowed(point, match), .unanchored) }
      var placed = point
      placed.year = year + years
      return (narrowed(placed, match), .yearFromReference)
    case .weekend:
      guard let reference, let today = reference.dayNumber else { return (.point(Self.unknown(.weekend)), .unanchored) }
      let weekday = CivilDay.weekday(today)
      let saturday: Int
      switch tense() {
      case .past: saturday = today - (weekday - 6 + 7) % 7
      case .future: saturday = today + (6 - weekday + 7) % 7
      case .present, .unknown: saturday = today + 6 - weekday
      }
      let week = CivilDay.isoWeek(saturday)
      return (.point(TimePoint(precision: .week, year: week.year, week: week.week, weekend: true)), .relativeToReference)
    case .fromReference(let unit, let count):
      guard let reference, let point = CalendarArithmetic.shifted(reference, unit, count) else {
        return (.point(Self.unknown(unit)), .unanchored)
      }
      return (narrowed(point, match), .relativeToReference)
    case .ago(let unit, let count):
      if unit == .year, let anchor, anchor.sentence >= sentence - 1, anchor.point.year == reference?.year,
        [.half, .quarter, .month].contains(anchor.point.precision),
        let point = CalendarArithmetic.months(anchor.point, count * 12)
      {
        return (.point(point), .relativeToNarrative(anchor: anchor.range))
      }
      guard let reference, let point = CalendarArithmetic.shifted(reference, unit, count) else {
        return (.point(Self.unknown(unit)), .unanchored)
      }
      return (narrowed(point, match), .relativeToReference)
    case .fromNarrative(let unit, let count, let keepsPrecision, let fallback):
      let anchor = unit <= .day ? dayAnchor ?? anchor : anchor
      if let anchor, let point = Self.fromAnchor(anchor.point, unit, count, keepsPrecision: keepsPrecision, exact: fallback != nil) {
        return (narrowed(point, match), .relativeToNarrative(anchor: anchor.range))
      }
      guard let reference, let point = CalendarArithmetic.shifted(reference, unit, fallback ?? count) else {
        return (.point(Self.unknown(unit)), .unanchored)
      }
      return (narrowed(point, match), .relativeToReference)
    }
  }

  /// A point narrowed to the match's part of the day or clock time, when it names a day.
  private func narrowed(_ point: TimePoint, _ match: TimeMatch) -> TimeValue {
    guard point.precision >= .day else { return .point(point) }
    var result = point.truncated(to: .day)
    if let clock = match.clock {
      result.precision = .minute
      result.hour = clock.hour
      result.minute = clock.minute
    } else if let part = match.partOfDay {
      result.precision = .partOfDay
      result.partOfDay = part
    }
    return .point(result)
  }

  /// A year-less point in the year that puts it nearest to the reference; a past tense makes a
  /// later year count six times as far, and a future tense an earlier one.
  static func nearest(_ point: TimePoint, to reference: TimePoint, tense: SentenceTense) -> TimePoint {
    guard let year = reference.year, let now = reference.interval else { return point }
    var best = point
    var bestCost = Int.max
    for candidateYear in [year, year - 1, year + 1] {
      var candidate = point
      candidate.year = candidateYear
      guard let span = candidate.interval else { continue }
      let days = 1440
      let after = span.lowerBound > now.upperBound
      let before = span.upperBound < now.lowerBound
      var cost = after ? (span.lowerBound - now.upperBound) / days : before ? (now.lowerBound - span.upperBound) / days : 0
      if tense == .past && after || tense == .future && before { cost *= 6 }
      if cost < bestCost {
        best = candidate
        bestCost = cost
      }
    }
    return best
  }

  /// A year-less point given the year that puts it before (-1), in (0) or after (1) the
  /// reference's year: `last April`, `this summer`, `next March`.
  static func place(_ point: TimePoint, near reference: TimePoint, direction: Int) -> TimePoint {
    guard let year = reference.year else { return point }
    var placed = point
    placed.year = year
    guard direction != 0, let start = monthDay(placed, start: true), let end = monthDay(placed, start: false)
    else { return placed }
    let now = (reference.month ?? 0, reference.precision >= .day ? reference.day ?? 0 : 0)
    let referenceKnowsMonth = reference.precision >= .month
    guard referenceKnowsMonth else { return placed }
    if direction < 0 && (start.0, start.1) > now && !(start.0 == now.0 && now.1 == 0) { placed.year = year - 1 }
    if direction > 0 && (end.0, end.1) < now && !(end.0 == now.0 && now.1 == 0) { placed.year = year + 1 }
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

  /// Days from weekday `today` to weekday `day` as the tense says: the past one (today included)
  /// for the past, the coming one for the future, else the nearest.
  static func weekdayOffset(from today: Int, to day: Int, tense: SentenceTense) -> Int {
    let back = (today - day + 7) % 7
    let forward = (day - today + 7) % 7
    switch tense {
    case .past: return -back
    case .future: return forward
    case .present, .unknown: return forward < back ? forward : -back
    }
  }

  /// `count` units from a narrative anchor at the unit's precision (`the following year`), or at
  /// the anchor's (see `shift`); `exact` asks for an anchor of just the unit's precision. `nil`
  /// when the anchor does not fit.
  static func fromAnchor(_ anchor: TimePoint, _ unit: CalendarUnit, _ count: Int, keepsPrecision: Bool, exact: Bool) -> TimePoint? {
    if keepsPrecision { return shift(anchor, unit, count) }
    let precision = precision(of: unit)
    if exact && anchor.precision != precision { return nil }
    guard anchor.precision >= precision else { return nil }
    if count == 0 { return anchor.truncated(to: precision) }
    if precision >= .day { return shift(anchor, unit, count)?.truncated(to: precision) }
    if precision == .week, let number = anchor.dayNumber {
      let week = CivilDay.isoWeek(number + count * (unit == .fortnight ? 14 : 7))
      return TimePoint(precision: .week, year: week.year, week: week.week, weekend: unit == .weekend)
    }
    return CalendarArithmetic.shifted(anchor, unit, count)
  }

  /// `count` units from a narrative anchor, keeping the anchor's precision when it is finer than
  /// the unit (`a year earlier` than 1989-Q3 is 1988-Q3); `nil` when the anchor is too coarse.
  static func shift(_ anchor: TimePoint, _ unit: CalendarUnit, _ count: Int) -> TimePoint? {
    switch unit {
    case .second, .minute, .hour, .day:
      guard anchor.precision >= .day else { return nil }
      return CalendarArithmetic.days(anchor.truncated(to: .day), unit == .day ? count : 0)
    case .week, .weekend, .fortnight:
      guard anchor.precision >= .day, let number = anchor.dayNumber else {
        return anchor.precision == .week && count == 0 ? anchor : nil
      }
      let days = count * (unit == .fortnight ? 14 : 7)
      if count != 0 && unit != .weekend { return CalendarArithmetic.days(anchor.truncated(to: .day), days) }
      let week = CivilDay.isoWeek(number + days)
      return TimePoint(precision: .week, year: week.year, week: week.week, weekend: unit == .weekend)
    default:
      guard unit != .season else { return nil }
      let size = unit.duration.count
      let months = unit == .quarter ? 3 : unit == .half ? 6 : unit == .month ? 1 : Int(size) * monthsPerYearUnit(unit)
      let precision = Self.precision(of: unit)
      if count == 0 { return anchor.precision >= precision ? anchor.truncated(to: precision) : nil }
      if anchor.precision > precision && anchor.precision <= .day {
        return CalendarArithmetic.months(anchor, count * months)
      }
      guard anchor.precision >= precision else { return nil }
      return CalendarArithmetic.shifted(anchor, unit, count)
    }
  }

  private static func monthsPerYearUnit(_ unit: CalendarUnit) -> Int {
    switch unit {
    case .year: 12
    case .decade: 120
    case .century: 1200
    case .millennium: 12000
    default: 1
    }
  }

  /// The precision of a point that is one `unit` long.
  static func precision(of unit: CalendarUnit) -> TimePoint.Precision {
    switch unit {
    case .second, .minute, .hour, .day: .day
    case .week, .weekend, .fortnight: .week
    case .month: .month
    case .quarter: .quarter
    case .half: .half
    case .season: .season
    case .year: .year
    case .decade: .decade
    case .century, .millennium: .century
    }
  }

  /// A point of the unit's precision with everything unknown (`XXXX-XX-XX`, `XXXX-WXX`).
  static func unknown(_ unit: CalendarUnit) -> TimePoint {
    TimePoint(precision: precision(of: unit), year: nil)
  }
}
