/// Finds temporal expressions in a text and normalizes them to TIMEX3 values (TimeML
/// conventions: extents include determiners and modifiers such as "the", "early", "about").
public struct TimeTagger: Sendable {
  private let lexicon: TimeLexicon

  /// The tagger with the bundled lexicons.
  public static let standard = TimeTagger()

  /// Creates a tagger with the bundled lexicons.
  public init() {
    lexicon = .bundled
  }

  /// The temporal expressions of `analysis`, in text order and not overlapping, resolved against
  /// `reference` (or, when it is `nil`, against the one `inferredReference(for:)` gives).
  public func tag(_ analysis: TextAnalysis, reference: ReferenceTime?) -> [TimeExpression] {
    var anchors = NarrativeAnchors()
    return tag(analysis, reference: reference, carrying: &anchors)
  }

  /// The temporal expressions of `analysis`, a block of a long text, resolved against
  /// `reference` and against `anchors`, the narrative anchors the blocks before left, which are
  /// then set to those this block leaves.
  func tag(_ analysis: TextAnalysis, reference: ReferenceTime?, carrying anchors: inout NarrativeAnchors) -> [TimeExpression] {
    let carried = anchors
    return withScanner(analysis) { scanner in
      var resolving = scanner
      let tokens = scanner.tokens
      let point = reference?.point ?? points(in: analysis, scanner: scanner, opensText: true).guessed
      var resolver = TimeResolver(
        reference: point, anchor: carried.anchor, dayAnchor: carried.dayAnchor, lastTold: carried.lastTold,
        storyDay: carried.storyDay)
      defer { anchors = NarrativeAnchors(resolver, after: analysis.sentences, carried: carried) }
      // Only the time of writing bounds what a simple past tells; a reference guessed from the
      // text's own latest date may come before some of it.
      let bindsThePast = reference.map { $0.source != .inferred } ?? false
      // A growing array, returned as it is: an exact copy would hold the expressions twice at
      // once, and a text of nothing but dates has one every few words.
      var expressions: [TimeExpression] = []
      var lastAnchoringSentence = -1
      var rangeStart: (point: TimePoint, range: Range<Int>, sentence: Int, end: Int)?
      forEachMatch(in: analysis, scanner: scanner) { found in
        var match = found
        let ordinal = match.sentence
        let sentence = analysis.sentences[ordinal].tokens
        resolving.limit = sentence.upperBound
        let paragraph = analysis.sentences[ordinal].paragraph
        if match.clock != nil, case .fromNarrative(.day, 0, _, _, _) = match.meaning,
          let named = Self.weekday(after: match.end, before: sentence.upperBound, resolving)
        {
          match.meaning = .weekday(named.day, direction: named.direction)
        }
        match = resolver.inOpeningYear(
          match, sentence: ordinal, opening: Int(tokens[min(sentence.lowerBound + 1, sentence.upperBound - 1)].start))
        let isEarlier = Self.isToldEarlier(match, in: sentence, scanner: resolving)
        // The past perfect tells what came before the story's time, itself no later than the
        // writing: its weekday is the last one before the publication day, never that day
        // (`The ministry had banned the march on Friday`, told on a Friday, is a week before).
        if isEarlier, case .weekday(let day, nil) = match.meaning,
          [.past, .simplePast].contains(match.tense ?? SentenceTense.around(match.start..<match.end, in: sentence, scanner: resolving))
        {
          match.meaning = .weekday(day, direction: -1)
        }
        var matchResolver = resolver.forClock(match, isEarlier: isEarlier) {
          carried.isSentence($0, of: paragraph, in: analysis.sentences)
        }
          .overBackground(match, sentence: ordinal) { $0 < 0 || analysis.sentences[$0].paragraph == paragraph }
        if let start = rangeStart, start.end + 1 == match.start,
          resolving.isAnyWord(match.start - 1, "until", "till", "to", "through", "and")
        {
          (match, matchResolver) = matchResolver.asRangeEnd(match, start: (start.point, start.range, start.sentence))
        }
        let (value, resolution) = matchResolver.resolve(match, sentence: ordinal) {
          let tense = match.tense ?? SentenceTense.around(match.start..<match.end, in: sentence, scanner: resolving)
          return tense == .simplePast && !bindsThePast ? .past : tense
        }
        let range = Int(tokens[match.start].start)..<Int(tokens[match.end - 1].end)
        rangeStart = nil
        // Only a weekday starts a range its end weekday follows: `from Sept. 14 to Thursday` ends
        // on the Thursday the reference names, weeks later.
        if match.start > 0, resolving.isAnyWord(match.start - 1, "from", "between"), case .weekday = found.meaning,
          case .point(let resolved) = value
        {
          rangeStart = (resolved, range, ordinal, match.end)
        }
        // The day of a saying told after the day of what it reports (`ran aground late on Sunday,
        // … said on Monday`) is the reporter's, not the story's: what follows goes on from Sunday.
        if match.anchorsNarrative, case .point(let resolved) = value, resolved.year != nil,
          lastAnchoringSentence != ordinal || !Self.isSaid(match, in: sentence, scanner: resolving),
          !Self.startsAState(match, in: sentence, scanner: resolving)
        {
          resolver.remember(resolved, at: range, sentence: ordinal, isEarlier: isEarlier)
          lastAnchoringSentence = ordinal
        } else if match.startsYearToDate, let year = point?.year {
          resolver.remember(.year(year), at: range, sentence: ordinal)
        }
        resolver.lastTold = range.upperBound
        expressions.append(
          TimeExpression(
            range: range, kind: match.kind, value: value, resolution: resolution, shift: match.shift ?? Self.shift(of: match)))
      }
      return expressions
    }
  }

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
  private func points(in analysis: TextAnalysis, scanner: TimeScanner, opensText: Bool) -> ReferencePoints {
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
  private static func weekday(after start: Int, before end: Int, _ scanner: TimeScanner) -> (day: Int, direction: Int?)? {
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
  private static func isSaid(_ match: TimeMatch, in sentence: Range<Int>, scanner: TimeScanner) -> Bool {
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
  private static func startsAState(_ match: TimeMatch, in sentence: Range<Int>, scanner: TimeScanner) -> Bool {
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
  private static func isToldEarlier(_ match: TimeMatch, in sentence: Range<Int>, scanner: TimeScanner) -> Bool {
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

  /// Runs `body` with a scanner over the text of `analysis`, each of its words looked up once.
  private func withScanner<Result>(_ analysis: TextAnalysis, _ body: (TimeScanner) -> Result) -> Result {
    analysis.text.withUnsafeBufferPointer { text in
      analysis.tokens.withUnsafeBufferPointer { tokens in
        let entries = [TimeWordEntry](unsafeUninitializedCapacity: tokens.count) { buffer, count in
          for index in tokens.indices { buffer[index] = lexicon.entry(for: tokens[index], in: text) }
          count = tokens.count
        }
        return entries.withUnsafeBufferPointer { entries in
          lexicon.senses.withUnsafeBufferPointer { readings in
            var scanner = TimeScanner(text: text, tokens: tokens, entries: entries, readings: readings, limit: tokens.count)
            scanner.isAboutAGame = scanner.tellsAGame()
            scanner.limit = 0
            return body(scanner)
          }
        }
      }
    }
  }

  /// Hands the phrases of every sentence, with the number of their sentence, to `body` in text
  /// order, one at a time: a text of a million dates never holds a million matches.
  private func forEachMatch(in analysis: TextAnalysis, scanner: TimeScanner, _ body: (TimeMatch) -> Void) {
    var scanner = scanner
    for (ordinal, sentence) in analysis.sentences.enumerated() {
      scanner.limit = sentence.tokens.upperBound
      let matcher = PhraseMatcher(scanner: scanner)
      var index = sentence.tokens.lowerBound
      while index < sentence.tokens.upperBound {
        if mayStart(index, scanner), var match = matcher.match(at: index) {
          match.sentence = ordinal
          body(match)
          index = max(match.end, index + 1)
          if let second = matcher.conjoinedDay(after: match) {
            body(second)
            index = second.end
          }
        } else {
          index += 1
        }
      }
    }
  }

  /// Whether an expression may start at token `index`: a number, an apostrophe (`'90s`), or a
  /// word the lexicon knows; a word that only modifies (`the`, `about`, `early`) only when a
  /// number, a known word or a hyphen follows it.
  @inline(__always)
  private func mayStart(_ index: Int, _ scanner: TimeScanner) -> Bool {
    let token = scanner.tokens[index]
    switch token.kind {
    case .number: return true
    case .punctuation: return token.length == 1 && scanner.text[Int(token.start)] == UInt8(ascii: "'")
    case .word:
      guard let senses = scanner.senses(index) else { return false }
      guard senses.onlyModifies else { return true }
      let next = index + 1
      guard next < scanner.limit else { return false }
      switch scanner.tokens[next].kind {
      case .number: return true
      case .punctuation: return scanner.tokens[next].length == 1 && (scanner.isMark(next, UInt8(ascii: "'")) || scanner.isMark(next, UInt8(ascii: "-")))
      case .word: return scanner.isKnown(next)
      }
    }
  }

  /// The shift of a phrase placed relative to the story's time (`the next day`, `that evening`).
  private static func shift(of match: TimeMatch) -> TimeShift? {
    guard case .fromNarrative(let unit, let count, _, _, _) = match.meaning else { return nil }
    let (durationUnit, size) = unit.duration
    let direction: TimeShift.Direction = count < 0 ? .before : count > 0 ? .after : .same
    return TimeShift(amount: abs(count) * Int(size), unit: durationUnit, direction: direction, partOfDay: match.partOfDay)
  }
}
