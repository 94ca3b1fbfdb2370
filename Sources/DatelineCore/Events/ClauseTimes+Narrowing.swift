extension ClauseTimes {
  /// How many words (a preposition, a comma) may stand between a time and the finer one that
  /// says when within it.
  static let narrowingGap = 2

  /// The time right after `time` in `range`, past at most `narrowingGap` prepositions or commas,
  /// that falls inside it at a finer precision: it says when within it, and dates the clause
  /// (`will launch at the end of the month on April 29`, `on Tuesday 12 April at 09:11`). Nil when there
  /// is none.
  func narrowingTime(after time: Int, in range: Range<Int>) -> Int? {
    let end = tagged.tokens(ofTime: time).upperBound
    var index = end
    while index < range.upperBound, tagged.timeOf[index] < 0, index - end < Self.narrowingGap,
      tagged.has(index, [.preposition, .comma])
    {
      index += 1
    }
    guard index < range.upperBound, case let other = Int(tagged.timeOf[index]), other > time,
      tagged.tokens(ofTime: other).lowerBound == index,
      let outer = tagged.times[time].value.point, let inner = tagged.times[other].value.point,
      inner.precision > outer.precision, let wide = outer.interval, let narrow = inner.interval,
      wide.lowerBound <= narrow.lowerBound, narrow.upperBound <= wide.upperBound
    else { return nil }
    return other
  }
}
