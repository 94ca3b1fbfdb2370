/// The latest points a text names, from which its reference time is inferred when it has none:
/// `stated` leaves out deadlines and times ahead (`by 2020`, `will open in 2030`), and `guessed`
/// is the inferred reference: a text that states no day has none, and its relative expressions
/// stay unresolved. Those of the blocks of a text, combined in order, are the text's.
struct ReferencePoints: Sendable, Hashable {
  /// The latest point the text states as past or present.
  var stated: TimePoint?
  /// The reference a text without one is given: the latest point it states, when that is a day.
  /// A year or a month told alone is background in news (what happened this year is told
  /// without its year), so it dates relative expressions wrongly (`Her husband died in 2015.`
  /// does not make `on Saturday` a Saturday of 2015); such a text keeps them unresolved.
  /// A day of a year before the latest year the text tells as past is no reference either: a
  /// text telling who `took over in 2024` was not written on `Jan. 11, 2023`.
  var guessed: TimePoint? {
    guard let stated, stated.precision >= .day, let year = stated.year, year >= pastYear ?? year else { return nil }
    return stated
  }
  /// The latest year the text names alone in a clause told in the past tense (`took over in 2024`).
  var pastYear: Int?
  /// The weekday of its lead's main event (the first weekday its first two sentences tell in the
  /// past tense as the day of a saying, else the first they tell in the past tense), as bit 1
  /// (Monday) … 7 (Sunday), or 0: a wire story's lead tells what happened or was said on the day
  /// of its dateline (`… fell on Wednesday`, `ran aground on Sunday, … said on Monday`); a day
  /// before it (`the closing price on Tuesday`, told after) or ahead of it (`will strike on
  /// Monday`) says nothing of the year.
  var leadWeekdays: UInt8 = 0

  /// The points of a text made of the text of `self` followed by that of `next`.
  func followed(by next: ReferencePoints) -> ReferencePoints {
    ReferencePoints(
      stated: ReferenceInference.later(stated, next.stated),
      pastYear: [pastYear, next.pastYear].compactMap { $0 }.max(),
      leadWeekdays: leadWeekdays | next.leadWeekdays)
  }
}
