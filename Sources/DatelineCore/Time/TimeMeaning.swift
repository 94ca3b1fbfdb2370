/// What a matched phrase means before it is resolved against a reference time.
enum TimeMeaning: Sendable {
  /// A calendar point; a `nil` year is taken from the reference: the occurrence before it
  /// (`direction` -1), in its year (0), after it (1), or as the tense says (`nil`).
  case point(TimePoint, direction: Int? = nil)
  /// A weekday (1 = Monday), placed near the reference in `direction` (or as the tense says).
  case weekday(Int, direction: Int? = nil)
  /// A day of the month named without its month (`on the 14th`), placed near the reference as a
  /// weekday is: the last one in the past tense, the coming one in the future or with no tense;
  /// or in the month `months` from the reference's when a month is told after it (`on the 14th
  /// of last month`).
  case dayOfMonth(Int, months: Int? = nil)
  /// A weekday told with `a` (`on a Sunday morning`): some such day, no particular one.
  case someWeekday(Int)
  /// A weekday before (-1) or after (1) the day the story speaks of (`the previous Friday`).
  case weekdayFromNarrative(Int, direction: Int)
  /// A weekday in the week `weeks` from the reference's (`Friday next week`, `Monday this week`).
  case weekdayOfWeek(Int, weeks: Int)
  /// A movable holiday nearest the reference, or in `direction` from it; its ISO week when
  /// `week` (`Easter week`).
  case movableHoliday(MovableHoliday, direction: Int? = nil, week: Bool = false)
  /// `amount` units from the reference (`yesterday`, `last week`).
  case fromReference(CalendarUnit, Int)
  /// `amount` units back from the reference (`two years ago`); a year back from a quarter or
  /// month the sentence (or the one before) spoke of is that quarter or month a year before.
  case ago(CalendarUnit, Int)
  /// `amount` units from the time the story last spoke of (`the next day`, `a year earlier`),
  /// keeping that time's precision when it is finer than the unit (`a year earlier` than
  /// 1989-Q3 is 1988-Q3) if `keepsPrecision`. Without a time of the unit's precision to start
  /// from, `fallback` units (or `amount`) from the reference. With `currentYear`, only a time in
  /// the reference's year is started from (`year-earlier` compares with the period reported).
  case fromNarrative(CalendarUnit, Int, keepsPrecision: Bool = false, fallback: Int? = nil, currentYear: Bool = false)
  /// A year-less point in the reference's year moved by `years` (`June last year`).
  case inYear(TimePoint, years: Int)
  /// A year-less season or month in the year of the time the story last spoke of (`that
  /// summer`, `that same April`); without one, placed as `.point` would place it. With
  /// `following`, the month that ends a range begun in the same sentence: the first such month
  /// from the range's first (`from November to February`: the February after).
  case inNarrativeYear(TimePoint, direction: Int?, following: Bool = false)
  /// The period the story speaks of (a quarter, half or month) in another year (`the 1988
  /// quarter`, `the 1988 period`); when the story speaks of none, the quarter before the
  /// reference's in that year if `quarter`, else that year.
  case periodInYear(Int, quarter: Bool)
  /// The weekend the tense points at (the last one in the past tense, the next in the future).
  case weekend
  /// A day (or other unit) placed from an event named after the phrase (`the night before the
  /// attack`): unknown here; the expression's shift lets the event builder resolve it.
  case anchoredToEvent(CalendarUnit)
  /// A length of time.
  case duration(TimeDuration)
  /// A vague reference to the past, present or future.
  case reference(TimeReference)
  /// A recurring point (`every Monday`: `XXXX-WXX-1`).
  case recurringPoint(TimePoint)
  /// A recurrence at an interval (`weekly`: `P1W`).
  case recurringInterval(TimeDuration)
}

/// A matched phrase: its tokens, its meaning and its TIMEX3 type, plus a part of the day or clock
/// time that narrows the day it names.
struct TimeMatch: Sendable {
  /// The first token.
  var start: Int
  /// One past the last token.
  var end: Int
  /// What it means.
  var meaning: TimeMeaning
  /// The TIMEX3 type.
  var kind: TimeExpression.Kind
  /// A part of the day narrowing a day (`yesterday evening`).
  var partOfDay: TimePoint.PartOfDay?
  /// A clock time narrowing a day, as hour and minute.
  var clock: (hour: Int, minute: Int)?
  /// For phrases placed relative to something named after them (`the night before the attack`).
  var shift: TimeShift?
  /// Whether the phrase is a hyphenated modifier of a noun (`third-quarter`, `two-year`), which
  /// leaves a leading `the` to the noun.
  var adjectival = false
  /// Whether the resolved value becomes the story's time for later relative phrases (not for
  /// comparisons such as `a year earlier`).
  var anchorsNarrative = true
  /// The tense the words right around the phrase give it (`until Tuesday` looks ahead,
  /// `Friday's` and `since May` back), which overrides the clause's.
  var tense: SentenceTense?
  /// Whether the phrase is a stretch of the reference's year in a report (`the first nine
  /// months`), which makes that year the story's time.
  var startsYearToDate = false
  /// Whether the phrase is a midnight told as what comes after it (`shortly after midnight`): the
  /// start of a day, where `midnight` alone ends one.
  var isAfterMidnight = false
  /// The number of the sentence the phrase is in.
  var sentence = 0
  /// Whether the phrase names a fixed holiday without its year (`over Christmas`): a yearly
  /// occasion, placed by the tense as a weekday is, not at the nearest year as a date is.
  var isHoliday = false

  init(
    _ start: Int, _ end: Int, _ meaning: TimeMeaning, kind: TimeExpression.Kind = .date,
    partOfDay: TimePoint.PartOfDay? = nil
  ) {
    self.start = start
    self.end = end
    self.meaning = meaning
    self.kind = kind
    self.partOfDay = partOfDay
  }
}
