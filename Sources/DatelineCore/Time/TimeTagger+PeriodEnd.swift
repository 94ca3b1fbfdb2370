/// A weekday that ends a period still to run.
extension TimeTagger {
  /// Whether `match`, a bare weekday, ends a period after `until` or `till` in a clause not told in
  /// the past (`The strike runs until Friday`, `will stay shut till Monday`): the period runs on from
  /// the writing past the day it is told on, so a weekday of that day's own name is the next one,
  /// a week on; a period ending that day would be told as ending `today` or `tonight`.
  static func endsPeriodAhead(_ match: TimeMatch, in sentence: Range<Int>, scanner: TimeScanner) -> Bool {
    guard case .weekday(_, nil) = match.meaning, match.start > sentence.lowerBound,
      scanner.isAnyWord(match.start - 1, "until", "till")
    else { return false }
    // The clause's own tense, not the one `until` alone gives: `ran until Friday` may end today.
    let tense = SentenceTense.around(match.start..<match.end, in: sentence, scanner: scanner)
    return tense != .past && tense != .simplePast
  }
}
