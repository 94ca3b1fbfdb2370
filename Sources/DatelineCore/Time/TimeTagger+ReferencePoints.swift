/// The reference points a text's own time expressions give, from which a text without a
/// publication date gets its reference.
extension TimeTagger {
  /// The reference time a text without one gets: the latest full date it spells out, with
  /// source `.inferred`; `nil` when it names none.
  public func inferredReference(for analysis: TextAnalysis) -> ReferenceTime? {
    referencePoints(for: analysis).guessed.map { ReferenceTime(point: $0, source: .inferred) }
  }

  /// The points a reference is inferred from in `analysis` (of a whole text, or of one block,
  /// which `opensText` when it is the first).
  func referencePoints(for analysis: TextAnalysis, opensText: Bool = true) -> ReferencePoints {
    withScanner(analysis) { points(in: analysis, scanner: $0, opensText: opensText) }
  }

  /// The reference points of `analysis`, read with `scanner` (one of `withScanner`).
  func points(in analysis: TextAnalysis, scanner: TimeScanner, opensText: Bool) -> ReferencePoints {
    var points = ReferencePoints()
    var leadWeekdayIsSaid = false
    var leadWeekdayIsPossessive = false
    forEachMatch(in: analysis, scanner: scanner) { match in
      // The words around the phrase are read up to the end of its sentence (the scanner
      // given reads none).
      let sentence = analysis.sentences[match.sentence].tokens
      var sentenceScanner = scanner
      sentenceScanner.limit = sentence.upperBound
      if opensText, !leadWeekdayIsSaid, match.sentence < Self.leadSentences, let weekday = Self.weekday(of: match),
        Self.isPast(match, in: sentence, scanner: sentenceScanner)
      {
        let isSaid = Self.isSaid(match, in: sentence, scanner: sentenceScanner)
        // A weekday owning a noun names an earlier occasion (`halted the count in Sunday's
        // election on Monday`): a weekday the lead's verb is told on goes before it.
        let isPossessive = sentenceScanner.isPossessive(at: match.end)
        if points.leadWeekdays == 0 || isSaid || leadWeekdayIsPossessive && !isPossessive {
          points.leadWeekdays = 1 << weekday
          leadWeekdayIsSaid = isSaid
          leadWeekdayIsPossessive = isPossessive
        }
      }
      guard !ReferenceInference.cannotBePublication(match, sentence: sentence, scanner: sentenceScanner) else { return }
      points.stated = ReferenceInference.latest(points.stated, match)
      if ReferenceInference.isToldAsDone(match, sentence: sentence, scanner: sentenceScanner) {
        points.statedAsDone = ReferenceInference.latest(points.statedAsDone, match)
      }
      if case .point(let point, _) = match.meaning, point.precision == .year, let year = point.year, year > points.pastYear ?? Int.min,
        Self.isPast(match, in: sentence, scanner: sentenceScanner)
      {
        points.pastYear = year
      }
    }
    return points
  }

  /// Whether `match` is told in the past tense: the lead's first weekday so told is the day of
  /// its main event, the dateline's; one told ahead (`will strike from Monday`) is not.
  private static func isPast(_ match: TimeMatch, in sentence: Range<Int>, scanner: TimeScanner) -> Bool {
    let tense = match.tense ?? SentenceTense.around(match.start..<match.end, in: sentence, scanner: scanner)
    return tense == .past || tense == .simplePast
  }

  /// The first weekday (1 = Monday … 7 = Sunday) named from token `start` up to `end` in the
  /// clause of `start`: a clock time told without its day is on the one its clause names after it
  /// (`leaves at 4 in the morning (4 a.m. Thursday)`), not on the day of a clause after a comma
  /// (`was stabbed at 10:30 p.m., police said Thursday`: the day of the saying). A `next`, `last`
  /// or `this` before it gives the way to count (`at 9am next Wednesday`: the coming one).
  static func weekday(after start: Int, before end: Int, _ scanner: TimeScanner) -> (day: Int, direction: Int?)? {
    for index in start..<end {
      if scanner.isMark(index, UInt8(ascii: ",")) || scanner.isMark(index, UInt8(ascii: ";")) { return nil }
      if let day = scanner.value(index, .weekday), day <= 7 {
        let deictic = index - 1
        guard deictic >= start, !(deictic > start && scanner.isWord(deictic - 1, "the")) else { return (day, nil) }
        let direction = scanner.isWord(deictic, "next") ? 1 : scanner.isWord(deictic, "last") ? -1 : scanner.isWord(deictic, "this") ? 0 : nil
        return (day, direction)
      }
    }
    return nil
  }

  /// Whether `match` tells the day of a saying (`the rescue service said on Monday`, `told
  /// reporters in a statement on Monday`): a wire story is written on the day it reports what was
  /// said, and what it reports happened then or before (`ran aground late on Sunday, … said on
  /// Monday`), so that weekday, not the first one, is the dateline's.
  static func isSaid(_ match: TimeMatch, in sentence: Range<Int>, scanner: TimeScanner) -> Bool {
    var index = match.start - 1
    while index >= max(sentence.lowerBound, match.start - Self.sayingReach) {
      if scanner.tokens[index].kind == .punctuation { return false }
      if SentenceTense.tellsSpeech(index, scanner) { return true }
      index -= 1
    }
    return false
  }

  /// How many words may stand between a report verb and the day of its saying (`said in a
  /// statement on Monday`).
  private static let sayingReach = 5

  /// Whether `match` tells when a state began (`since July 5`, `had worn yellow since the time
  /// trial in Lille on July 5`): the start of what still holds, not the day the story goes on
  /// at, so a clock time told later is not on it.
  static func startsAState(_ match: TimeMatch, in sentence: Range<Int>, scanner: TimeScanner) -> Bool {
    var index = match.start - 1
    while index >= max(sentence.lowerBound, match.start - Self.stateReach) {
      if scanner.isWord(index, "since") { return true }
      if scanner.tokens[index].kind == .punctuation || scanner.entries[index].tense != TimeWordEntry.noTense { return false }
      index -= 1
    }
    return false
  }

  /// Whether `match` is told in the past perfect (`Inspectors had checked the hull on Monday`):
  /// `had` and a past form stand before it in its clause, within `stateReach` words.
  static func isToldEarlier(_ match: TimeMatch, in sentence: Range<Int>, scanner: TimeScanner) -> Bool {
    var index = match.start - 1
    while index >= max(sentence.lowerBound, match.start - Self.stateReach) {
      if scanner.tokens[index].kind == .punctuation { return false }
      if scanner.isWord(index, "had"), index + 1 < match.start, scanner.isWordToken(index + 1),
        scanner.isWord(index + 1, "been") || scanner.entries[index + 1].tense == -1
          || SentenceTense.endsInED(scanner.tokens[index + 1], scanner)
      {
        return true
      }
      index -= 1
    }
    return false
  }

  /// Whether the past perfect of `match` is told after a verb of speech a few words before its
  /// `had` (`said it had sent inspectors on Wednesday`): the report shifts back a simple past or a
  /// perfect of the story's days (`we sent inspectors this morning`), which may be of the
  /// publication day itself.
  static func isReportedPerfect(_ match: TimeMatch, in sentence: Range<Int>, scanner: TimeScanner) -> Bool {
    var had = match.start - 1
    while had >= max(sentence.lowerBound, match.start - Self.stateReach), !scanner.isWord(had, "had") { had -= 1 }
    guard had >= sentence.lowerBound, scanner.isWord(had, "had") else { return false }
    return (max(sentence.lowerBound, had - Self.reportReach)..<had).contains { SentenceTense.tellsSpeech($0, scanner) }
  }

  /// How many words may stand between a verb of speech and the `had` of what it reports (`said
  /// that the city's council had`).
  private static let reportReach = 5

  /// How many words may stand between `since` and the day it names (`since the opening time
  /// trial in Lille on July 5`).
  private static let stateReach = 8

  /// How many sentences open a text as its lead.
  private static let leadSentences = 2

  /// The weekday (1 = Monday … 7 = Sunday) a phrase names, with no date of its own (`on
  /// Wednesday`, `late on Tuesday`, `Friday morning`).
  private static func weekday(of match: TimeMatch) -> Int? {
    switch match.meaning {
    case .weekday(let day, _), .weekdayFromNarrative(let day, _): return (1...7).contains(day) ? day : nil
    case .point(let point, _): return point.year == nil && point.precision == .week ? point.weekday : nil
    default: return nil
    }
  }
}
