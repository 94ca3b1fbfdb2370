/// The latest points a text names, from which its reference time is inferred when it has none:
/// `stated` leaves out deadlines and times ahead (`by 2020`, `will open in 2030`), and `guessed`
/// is the inferred reference: a text that states no day has none, and its relative expressions
/// stay unresolved. Those of the blocks of a text, combined in order, are the text's.
struct ReferencePoints: Sendable, Hashable {
  /// The latest point the text states as past or present.
  var stated: TimePoint?
  /// The latest point the text states as done (`ReferenceInference.isToldAsDone`): in the past
  /// (`resigned on 6 May 2021`), or with no verb (a date line). What has happened was told by
  /// then, while a present may tell a plan (`The trial begins on 20 June 2021`).
  var statedAsDone: TimePoint?
  /// The reference a text without one is given: the latest point it states, when that is a day.
  /// A year or a month told alone is background in news (what happened this year is told
  /// without its year), so it dates relative expressions wrongly (`Her husband died in 2015.`
  /// does not make `on Saturday` a Saturday of 2015); such a text keeps them unresolved.
  /// A day of a year before the latest year the text tells as past is no reference either: a
  /// text telling who `took over in 2024` was not written on `Jan. 11, 2023`. The latest day told
  /// as done comes first, when it is such a reference.
  var guessed: TimePoint? {
    [statedAsDone, stated].lazy.compactMap { $0 }.first { point in
      guard point.precision >= .day, let year = point.year else { return false }
      return year >= pastYear ?? year
    }
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
      statedAsDone: ReferenceInference.later(statedAsDone, next.statedAsDone),
      pastYear: [pastYear, next.pastYear].compactMap { $0 }.max(),
      leadWeekdays: leadWeekdays | next.leadWeekdays)
  }
}
