/// Finds the latest point a text states, from which a text without a reference time gets one
/// (the latest date it spells out in full) or a year-less dateline its year; never a deadline or a time ahead
/// (`by 2020`, `will open in 2030`), nor the point a record is measured from (`since 2010`).
enum ReferenceInference {
  /// The better reference of `best` so far and the phrase `match`: the latest explicit point,
  /// preferring the most precise kind of point.
  static func latest(_ best: TimePoint?, _ match: TimeMatch) -> TimePoint? {
    guard case .point(let point, _) = match.meaning, point.year != nil, point.precision >= .year, point.precision != .week
    else { return best }
    return later(best, point.truncated(to: .day))
  }

  /// The better reference of `best` and `candidate` (a point `latest` would take), `best` when
  /// they tie: folding the results of the blocks of a text gives that of the whole text. Of two
  /// months or days, one wholly after the other wins whatever its precision: a text telling of
  /// `August 2023` was not written on `March 3, 2019`, the latest day it spells out. A bare year
  /// may be a plan's or a fiscal year's (`FY2026`), and wins only by precision.
  static func later(_ best: TimePoint?, _ candidate: TimePoint?) -> TimePoint? {
    guard let candidate else { return best }
    guard let current = best else { return candidate }
    guard let new = candidate.interval, let old = current.interval else { return best }
    if candidate.precision >= .month, current.precision >= .month {
      if new.lowerBound > old.upperBound { return candidate }
      if old.lowerBound > new.upperBound { return best }
    }
    let rank = { (point: TimePoint) in point.precision >= .day ? 2 : point.precision >= .month ? 1 : 0 }
    if rank(candidate) > rank(current) || rank(candidate) == rank(current) && new.lowerBound > old.lowerBound {
      return candidate
    }
    return best
  }

  /// Whether a phrase names a time that cannot be the publication date: a deadline (`by 2020`),
  /// a phrase in a clause about the future (`will open in 2030`), or the point a record or a
  /// first is measured from (`the coldest night since December 2010`), which lies well before.
  static func cannotBePublication(_ match: TimeMatch, sentence: Range<Int>, scanner: TimeScanner) -> Bool {
    if match.start > 0, scanner.isAnyWord(match.start - 1, "by", "until", "till", "since") { return true }
    if followsPastPlan(before: match.start, in: sentence, scanner: scanner) { return true }
    let tense = match.tense ?? SentenceTense.around(match.start..<match.end, in: sentence, scanner: scanner)
    return tense == .future
  }

  /// How many words may stand between the `to` of a plan and the time it aims at (`had been due
  /// to start work on the site in March 2025`).
  private static let planReach = 8

  /// Whether a plan told in the past perfect governs the phrase, in its clause (`Work had been
  /// due to start in March 2025`, `had been expected to open on 4 May 2025`): the time the plan
  /// aimed at, perhaps given up since, not one the text tells as done.
  private static func followsPastPlan(before start: Int, in sentence: Range<Int>, scanner: TimeScanner) -> Bool {
    var index = start - 1
    while index > sentence.lowerBound, start - index <= planReach {
      if scanner.tokens[index].kind == .punctuation { return false }
      if SentenceTense.followsPastPlan(index, scanner) { return true }
      index -= 1
    }
    return false
  }

  /// Whether a phrase is told as done: in a clause in the past tense (`resigned on 6 May 2021`),
  /// or alone in its sentence (a date line). A present may tell a plan (`The trial begins on 20
  /// June 2021`), and a text is written after what it tells as done.
  static func isToldAsDone(_ match: TimeMatch, sentence: Range<Int>, scanner: TimeScanner) -> Bool {
    let tense = match.tense ?? SentenceTense.around(match.start..<match.end, in: sentence, scanner: scanner)
    if tense == .past || tense == .simplePast { return true }
    return sentence.allSatisfy { (match.start..<match.end).contains($0) || scanner.tokens[$0].kind != .word }
  }
}
