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
  /// Where the last expression told ends, whether it became an anchor or not (a day without a
  /// year does not): a move from a month or year anchor needs that anchor to be the last told.
  var lastTold: Int?

  /// The last day (or finer point) the text told outside the past perfect and not after the
  /// reference day: a day told as before the story's (`Inspectors had checked the hull on
  /// Monday`) or one still to come (`said the talks resume on Thursday`) is no day a later clock
  /// time is on.
  var storyDay: (point: TimePoint, range: Range<Int>, sentence: Int)?

  /// Makes `point` (found at `range` in sentence number `sentence`) the story's time; `isEarlier`
  /// when it is told in the past perfect.
  mutating func remember(_ point: TimePoint, at range: Range<Int>, sentence: Int, isEarlier: Bool = false) {
    anchor = (point, range, sentence)
    guard point.precision >= .day else { return }
    dayAnchor = anchor
    if !isEarlier, !isAhead(point) { storyDay = anchor }
  }

  /// Whether `point` is a day after the reference day.
  func isAhead(_ point: TimePoint) -> Bool {
    guard let reference, reference.precision >= .day, let today = reference.dayNumber, let day = point.dayNumber else {
      return false
    }
    return day > today
  }

  /// The value of `match` (in sentence number `sentence`) and how it was found;
  /// `tense` is asked only when the value needs it.
  func resolve(_ match: TimeMatch, sentence: Int, tense: () -> SentenceTense) -> (TimeValue, TimeExpression.Resolution) {
    switch match.meaning {
    case .duration(let duration): return (.duration(duration), .unanchored)
    case .anchoredToEvent(let unit): return (narrowed(Self.unknown(unit), match), .unanchored)
    case .reference(let reference): return (.reference(reference), .unanchored)
    case .recurringPoint(let point): return (.set(.point(point)), .unanchored)
    case .recurringInterval(let interval): return (.set(.duration(interval)), .unanchored)
    case .inNarrativeYear(let point, let direction, let following):
      if let anchor, let year = anchor.point.year {
        var placed = point
        placed.year = year
        if following {
          if anchor.sentence == sentence, anchor.point.precision == .month, let first = anchor.point.month, let last = point.month {
            placed.year = last < first ? year + 1 : year
            return (narrowed(placed, match), .relativeToNarrative(anchor: anchor.range))
          }
        } else {
          placed.year = Self.year(of: point, direction ?? 0, from: anchor.point)
          return (narrowed(placed, match), .relativeToNarrative(anchor: anchor.range))
        }
      }
      var placed = match
      placed.meaning = .point(point, direction: direction)
      return resolve(placed, sentence: sentence, tense: tense)
    case .point(let point, let direction):
      if point.year != nil { return (narrowed(point, match), .explicit) }
      guard let reference, reference.year != nil else { return (narrowed(point, match), .unanchored) }
      let placed =
        direction.map { Self.place(point, near: reference, direction: $0) }
        ?? (match.isHoliday || point.precision == .season
          ? Self.occurrence(of: point, near: reference, tense: tense()) : Self.nearest(point, to: reference, tense: tense()))
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
    case .dayOfMonth(let day, let months?):
      guard let reference, let year = reference.year, let month = reference.month, reference.precision >= .month,
        case let placed = year * 12 + month - 1 + months, CivilDay.isValid(year: placed / 12, month: placed % 12 + 1, day: day)
      else { return (.point(Self.unknown(.day)), .unanchored) }
      return (narrowed(.day(placed / 12, placed % 12 + 1, day), match), .relativeToReference)
    case .dayOfMonth(let day, nil):
      guard let reference, let year = reference.year, let month = reference.month, let today = reference.dayNumber,
        reference.precision >= .day
      else { return (.point(Self.unknown(.day)), .unanchored) }
      let days = (-1...1).compactMap { shift -> Int? in
        let months = year * 12 + month - 1 + shift
        let (placedYear, placedMonth) = (months / 12, months % 12 + 1)
        guard CivilDay.isValid(year: placedYear, month: placedMonth, day: day) else { return nil }
        return CivilDay.number(year: placedYear, month: placedMonth, day: day)
      }
      guard let placed = Self.day(among: days, today: today, tense: tense()) else {
        return (.point(Self.unknown(.day)), .unanchored)
      }
      return (narrowed(.day(number: placed), match), .relativeToReference)
    case .someWeekday(let day): return (.point(TimePoint(precision: .week, year: nil, weekday: day)), .unanchored)
    case .weekdayOfWeek(let day, let weeks):
      guard let today = reference?.dayNumber else { return (.point(TimePoint(precision: .week, year: nil, weekday: day)), .unanchored) }
      return (narrowed(.day(number: today - CivilDay.weekday(today) + day + 7 * weeks), match), .relativeToReference)
    case .weekdayFromNarrative(let day, let direction):
      if let anchor = dayAnchor, let anchorDay = anchor.point.dayNumber, anchor.point.precision >= .day {
        let offset = Self.weekdayOffset(from: CivilDay.weekday(anchorDay), to: day, direction: direction)
        return (narrowed(.day(number: anchorDay + offset), match), .relativeToNarrative(anchor: anchor.range))
      }
      guard let today = reference?.dayNumber else { return (.point(TimePoint(precision: .week, year: nil, weekday: day)), .unanchored) }
      let offset = Self.weekdayOffset(from: CivilDay.weekday(today), to: day, direction: direction)
      return (narrowed(.day(number: today + offset), match), .relativeToReference)
    case .movableHoliday(let holiday, let direction, let week):
      guard let reference, let referenceYear = reference.year else {
        return (.point(.month(nil, holiday.usualMonth)), .unanchored)
      }
      let month = TimePoint.month(nil, holiday.usualMonth)
      let placed = direction.map { Self.place(month, near: reference, direction: $0) } ?? Self.nearest(month, to: reference, tense: tense())
      // The holiday (or its week) of each year near the reference, as the tense picks it.
      let occasion = { (day: Int) -> TimePoint in
        guard week else { return .day(number: day) }
        let isoWeek = CivilDay.isoWeek(day)
        return TimePoint(precision: .week, year: isoWeek.year, week: isoWeek.week)
      }
      let nearby = (-1...1).map { occasion(holiday.day(in: referenceYear + $0)) }
      let told = direction == nil ? Self.occurrence(among: nearby, near: reference, tense: tense()) : nil
      let point = told ?? occasion(holiday.day(in: placed.year ?? referenceYear))
      return (week ? .point(point) : narrowed(point, match), .yearFromReference)
    case .periodInYear(let year, let quarter):
      if let anchor, Self.isPartOfYear(anchor.point.precision) {
        var point = anchor.point
        point.year = year
        return (.point(point), .relativeToNarrative(anchor: anchor.range))
      }
      if quarter, let reference, var point = CalendarArithmetic.shifted(reference, .quarter, -1) {
        point.year = year
        return (.point(point), .relativeToReference)
      }
      return (.point(.year(year)), .explicit)
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
      case .past, .simplePast: saturday = today - (weekday - 6 + 7) % 7
      case .future: saturday = today + (6 - weekday + 7) % 7
      case .present, .unknown: saturday = today + 6 - weekday
      }
      let week = CivilDay.isoWeek(saturday)
      return (.point(TimePoint(precision: .week, year: week.year, week: week.week, weekend: true)), .relativeToReference)
    case .fromReference(.weekend, 0) where [.past, .simplePast].contains(tense()):
      // `took place this weekend` in a story of a weekday is of the weekend before it.
      var placed = match
      placed.meaning = .weekend
      return resolve(placed, sentence: sentence, tense: tense)
    case .fromReference(let unit, let count):
      guard let reference, let point = CalendarArithmetic.shifted(reference, unit, count) else {
        return (.point(Self.unknown(unit)), .unanchored)
      }
      if let year = point.year, year < 1 { return (.reference(.past), .unanchored) }
      return (narrowed(point, match), .relativeToReference)
    case .ago(let unit, let count):
      if unit == .year, let anchor, anchor.sentence >= sentence - 1, anchor.point.year == reference?.year,
        Self.isPartOfYear(anchor.point.precision),
        let point = CalendarArithmetic.months(anchor.point, count * 12)
      {
        return (.point(point), .relativeToNarrative(anchor: anchor.range))
      }
      guard let reference, let point = CalendarArithmetic.shifted(reference, unit, count) else {
        return (.point(Self.unknown(unit)), .unanchored)
      }
      if let year = point.year, year < 1 { return (.reference(.past), .unanchored) }
      return (narrowed(point, match), .relativeToReference)
    case .fromNarrative(let unit, let count, let keepsPrecision, let fallback, let currentYear):
      let anchor = narrativeAnchor(for: unit, count: count)
      if let anchor, !currentYear || anchor.point.year == reference?.year,
        let point = Self.fromAnchor(anchor.point, unit, count, keepsPrecision: keepsPrecision, exact: fallback != nil)
      {
        let startsNight = match.isAfterMidnight && anchor.sentence < sentence
        let value = pastMidnight(narrowed(point, match), after: anchor.point, startsNight: startsNight)
        return (value, .relativeToNarrative(anchor: anchor.range))
      }
      if count != 0, !currentYear, let anchor, anchor.range.upperBound == lastTold,
        let point = Self.coarseShift(anchor.point, unit, count)
      {
        return (.point(point), .relativeToNarrative(anchor: anchor.range))
      }
      guard let reference, let point = CalendarArithmetic.shifted(reference, unit, fallback ?? count) else {
        return (.point(Self.unknown(unit)), .unanchored)
      }
      return (narrowed(point, match), .relativeToReference)
    }
  }

  /// A clock time in the small hours (before 6 a.m., or midnight) told on the day of an evening
  /// or night, or of a time after 6 p.m. (`On Saturday evening … | Shortly after midnight, …`):
  /// the night goes on into the next day, so it is that day's (`T24:00` is its `00:00`). So is
  /// `after midnight` (`startsNight`) told in a sentence after its day (`… late on Sunday. |
  /// Wexley conceded shortly after midnight`): the story has gone on into the night; in the day's
  /// own sentence it is that day's start (`On Tuesday, shortly after midnight, …`).
  private func pastMidnight(_ value: TimeValue, after anchor: TimePoint, startsNight: Bool) -> TimeValue {
    guard case .point(let point) = value, point.precision >= .hour, let hour = point.hour, hour < 6 || hour == 24,
      let day = point.dayNumber
    else { return value }
    let startsDay = startsNight && anchor.precision == .day
    let isLate =
      anchor.precision == .partOfDay
      ? anchor.partOfDay == .evening || anchor.partOfDay == .night : anchor.precision >= .hour && (anchor.hour ?? 0) >= 18
    guard startsDay || isLate else { return value }
    var next = TimePoint.day(number: day + 1)
    next.precision = point.precision
    next.hour = hour % 24
    next.minute = point.minute
    return .point(next)
  }

  /// Whether a point of `precision` is a half, quarter or month of a year.
  private static func isPartOfYear(_ precision: TimePoint.Precision) -> Bool {
    precision == .half || precision == .quarter || precision == .month
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
}
