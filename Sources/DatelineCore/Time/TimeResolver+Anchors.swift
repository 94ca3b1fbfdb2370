/// Moving from a narrative anchor by calendar units.
extension TimeResolver {
  /// The resolver for `match` when it is a clock time told without its day (`09:45 BST -`,
  /// `at noon`): the day it is on is the last one named before it, but for a day after the
  /// reference named in an earlier paragraph (whose sentences `isInParagraph` tells by number):
  /// a day ahead told there is a deadline or plan of another entry or aside (a live blog's
  /// `postponed until Monday`), not the day the story goes on with, and the clock time takes the
  /// reference day. A day told in the past perfect in an earlier sentence is before the story's
  /// (`The ferry sank on Wednesday. | Inspectors had checked it on Monday. | It sank at 8 a.m.`),
  /// and a day ahead told in an earlier paragraph is a plan (`said the talks resume on Thursday.
  /// ¶ Shortly after midnight, crews arrived`): a clock time not so told (`isEarlier`) is on the
  /// last day the story told as its own.
  func forClock(_ match: TimeMatch, isEarlier: Bool, isInParagraph: (Int) -> Bool) -> TimeResolver {
    guard match.clock != nil, case .fromNarrative(.day, 0, _, _, _) = match.meaning, var dayAnchor else { return self }
    var resolver = self
    let isPlan = isAhead(dayAnchor.point) && !isInParagraph(dayAnchor.sentence)
    if !isEarlier, let storyDay, storyDay.range != dayAnchor.range, dayAnchor.sentence < match.sentence,
      !isAhead(dayAnchor.point) || isPlan
    {
      dayAnchor = storyDay
      resolver.dayAnchor = storyDay
    }
    guard !isInParagraph(dayAnchor.sentence), isAhead(dayAnchor.point) else { return resolver }
    resolver.dayAnchor = nil
    if let anchor, anchor.point.precision >= .day { resolver.anchor = nil }
    return resolver
  }

  /// The resolver for a move by days or less (`a day later`) in sentence number `sentence`, told
  /// in another paragraph than the month or year the story told last after its last day: that
  /// time was background (`was raided on Saturday. | It was hit in 2019. | ¶ A car was found a
  /// day later`), and the move is from the last day told, when that day was told within
  /// `backgroundReach` sentences. `isInParagraph` says whether a sentence number is of the
  /// move's paragraph.
  func overBackground(_ match: TimeMatch, sentence: Int, isInParagraph: (Int) -> Bool) -> TimeResolver {
    guard case .fromNarrative(let unit, let count, _, _, _) = match.meaning, unit <= .day, count != 0, let anchor,
      let dayAnchor, anchor.sentence > dayAnchor.sentence, sentence - dayAnchor.sentence <= Self.backgroundReach,
      !isInParagraph(anchor.sentence)
    else { return self }
    var resolver = self
    resolver.anchor = dayAnchor
    return resolver
  }

  /// How many sentences before a move past background the last day told may stand.
  static let backgroundReach = 8

  /// `match` placed in the year its sentence opens with (`In 2019 the strike ended only after
  /// talks in March`: March 2019), when it names a month, day or season without a year or a
  /// direction: a year told first frames all its sentence tells. `opening` is where the
  /// sentence's second word starts; the year must start there or before.
  func inOpeningYear(_ match: TimeMatch, sentence: Int, opening: Int) -> TimeMatch {
    guard case .point(let point, nil) = match.meaning, point.year == nil, point.month != nil || point.season != nil,
      point.weekday == nil, let anchor, anchor.sentence == sentence, anchor.point.precision == .year,
      anchor.range.lowerBound <= opening
    else { return match }
    var placed = match
    placed.meaning = .inNarrativeYear(point, direction: nil)
    return placed
  }

  /// `match` and the resolver for it as the end of a range whose start is the day `start`, a
  /// weekday told right before it after `from` or `between` (`from Thursday until Saturday`,
  /// `between Monday and Wednesday`): a bare weekday there is the first such day after the start,
  /// whatever the clause's tense (`was closed from Thursday until Saturday` ends two days after it
  /// began).
  func asRangeEnd(
    _ match: TimeMatch, start: (point: TimePoint, range: Range<Int>, sentence: Int)?
  ) -> (TimeMatch, TimeResolver) {
    guard case .weekday(let day, nil) = match.meaning, let start, start.point.precision >= .day, start.point.dayNumber != nil
    else { return (match, self) }
    var placed = match
    placed.meaning = .weekdayFromNarrative(day, direction: 1)
    var resolver = self
    resolver.dayAnchor = start
    return (placed, resolver)
  }

  /// The anchor a move by `count` `unit`s starts from. A day or finer unit starts from the last
  /// day named, unless a move by an amount comes after the story told, in a later sentence, a
  /// month or year (`The first fire was reported in May. Two days later …`): the last time told,
  /// not the earlier day, is what the move is from.
  func narrativeAnchor(for unit: CalendarUnit, count: Int) -> (point: TimePoint, range: Range<Int>, sentence: Int)? {
    guard unit <= .day, let dayAnchor else { return anchor }
    guard count != 0, let anchor, anchor.sentence > dayAnchor.sentence,
      anchor.point.precision == .month || anchor.point.precision == .year
    else { return dayAnchor }
    return anchor
  }

  /// A move by `count` days or weeks (or less) from an anchor coarser than that, at the anchor's
  /// own precision: two days after `May` is in May, six weeks after it in June, two weeks after
  /// `2015` in 2015. `nil` for other units and anchors. Only an anchor that was the last
  /// time told is moved from: after another (`on July 14` without a year) it is no longer the
  /// story's time.
  static func coarseShift(_ anchor: TimePoint, _ unit: CalendarUnit, _ count: Int) -> TimePoint? {
    let days: Double
    switch unit {
    case .second, .minute, .hour: days = 0
    case .day: days = Double(count)
    case .week: days = Double(7 * count)
    case .fortnight: days = Double(14 * count)
    default: return nil
    }
    let size: Int
    switch anchor.precision {
    case .month: size = 1
    case .quarter: size = 3
    case .half: size = 6
    case .season, .year: size = 12
    default: return nil
    }
    let steps = Int((days / 30.44 / Double(size)).rounded())
    return steps == 0 ? anchor : CalendarArithmetic.months(anchor, steps * size)
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

  /// The year of a year-less month or season told `direction` from `anchor` (`the following
  /// spring`, `the previous April`): the first one after (or before) the anchor, which is in the
  /// anchor's year only when the anchor names a month it comes after (or before); `that summer`
  /// is in the anchor's year.
  static func year(of point: TimePoint, _ direction: Int, from anchor: TimePoint) -> Int? {
    guard let year = anchor.year, direction != 0 else { return anchor.year }
    let month: Int?
    switch point.season {
    case .spring: month = 3
    case .summer: month = 6
    case .fall: month = 9
    case .winter: month = 12
    case nil: month = point.month
    }
    guard let month else { return year }
    guard anchor.precision >= .month, let anchorMonth = anchor.month else { return year + direction }
    if direction > 0 { return month > anchorMonth ? year : year + 1 }
    return month < anchorMonth ? year : year - 1
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
