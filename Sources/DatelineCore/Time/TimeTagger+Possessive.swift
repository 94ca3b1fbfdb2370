/// A day that owns the occasion a clause told in the future happens at.
extension TimeTagger {
  /// Whether `match` is a day owning a noun (`Saturday's final`) after a preposition of occasion
  /// (`in`, `at`, `during`, `for`, `before`, `ahead of`), in a clause told in the future (`will
  /// face Carrow in Saturday's final`, `will rally ahead of Sunday's vote`): the occasion is the
  /// clause's own, still to come, so its day is the coming one. A possessive day is otherwise one
  /// past (`will appeal Friday's ruling`).
  static func ownsComingOccasion(_ match: TimeMatch, in sentence: Range<Int>, scanner: TimeScanner) -> Bool {
    let before = match.start - 1
    guard before > sentence.lowerBound, scanner.isPossessive(at: match.end),
      scanner.isAnyWord(before, "in", "at", "during", "for", "before")
        || scanner.isWord(before, "of") && scanner.isWord(before - 1, "ahead")
    else { return false }
    return SentenceTense.around(match.start..<match.end, in: sentence, scanner: scanner) == .future
  }
}
