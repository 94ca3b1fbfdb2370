/// The day a weekday a report tells as to come counts from.
extension TimeTagger {
  /// The day a weekday told ahead in a report counts from, with `match` made to count from it;
  /// nil when the reference is what it counts from. What a saying reports as to come is counted
  /// from the day of the saying (`said on Monday that he would return on Wednesday`, told on a
  /// Friday, is of the Wednesday after that Monday), not from the writing. A future in the past
  /// (`would`, `was due to`) reported by a saying with no day of its own counts from the story's
  /// day, which such a saying is told of (`A court ordered his release on Tuesday. … His wife
  /// said she would meet him on Wednesday` is the day after); `will` still counts from the writing.
  static func sayingDay(
    countingAhead match: inout TimeMatch, saying: (point: TimePoint, range: Range<Int>, sentence: Int)?,
    storyDay: (point: TimePoint, range: Range<Int>, sentence: Int)?, reference: TimePoint?, in sentence: Range<Int>,
    scanner: TimeScanner
  ) -> (point: TimePoint, range: Range<Int>, sentence: Int)? {
    guard case .weekday(let day, nil) = match.meaning,
      (match.tense ?? SentenceTense.around(match.start..<match.end, in: sentence, scanner: scanner)) == .future
    else { return nil }
    let counted: (point: TimePoint, range: Range<Int>, sentence: Int)?
    if let saying, saying.sentence == match.sentence {
      counted = saying
    } else if let storyDay, let told = storyDay.point.dayNumber, let today = reference?.dayNumber,
      today - told < 7, isFutureInThePast(match, in: sentence, scanner: scanner)
    {
      counted = storyDay
    } else {
      counted = nil
    }
    if counted != nil { match.meaning = .weekdayFromNarrative(day, direction: 1) }
    return counted
  }

  /// How many words before a weekday its tense marker is looked for, and how many before that
  /// marker the verb of speech that reports it.
  private static let markerReach = 12
  private static let speechReach = 30

  /// Whether `match` is told by a future in the past that a speech verb before it reports: its
  /// nearest tense marker is `would` or a `to` after `was` or `were` (`was due to reopen`, `were
  /// to meet`), with a verb of speech before that, not in the past perfect.
  private static func isFutureInThePast(_ match: TimeMatch, in sentence: Range<Int>, scanner: TimeScanner) -> Bool {
    // Both walks back are bounded, so that a sentence of many weekdays costs no pass over all of
    // it for each one (a sentence of 15,000 `would meet him on Wednesday and` took 10.8 s, not 3.9).
    let lowest = max(sentence.lowerBound, match.start - Self.markerReach)
    var index = match.start - 1
    while index >= lowest, SentenceTense.marker(index, scanner) == nil { index -= 1 }
    guard index >= lowest else { return false }
    if scanner.isWord(index, "to") {
      guard (max(sentence.lowerBound, index - 2)..<index).contains(where: { scanner.isWord($0, "was") || scanner.isWord($0, "were") }) else {
        return false
      }
    } else if !scanner.isWord(index, "would") {
      return false
    }
    // A saying told in the past perfect (`had said that …`) came before the story's day, on a day
    // the story does not tell.
    return (max(sentence.lowerBound, index - Self.speechReach)..<index).contains { verb in
      SentenceTense.tellsSpeech(verb, scanner) && !(verb > sentence.lowerBound && scanner.isWord(verb - 1, "had"))
    }
  }
}
