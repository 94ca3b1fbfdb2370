/// Finds temporal expressions in a text and normalizes them to TIMEX3 values (TimeML
/// conventions: extents include determiners and modifiers such as "the", "early", "about").
public struct TimeTagger: Sendable {
  let lexicon: TimeLexicon

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
      var saying: (point: TimePoint, range: Range<Int>, sentence: Int)?
      forEachMatch(in: analysis, scanner: scanner) { found in
        var match = found
        let ordinal = match.sentence
        let sentence = analysis.sentences[ordinal].tokens
        resolving.limit = sentence.upperBound
        if match.tense == .past, ownsComingOccasion(match, in: sentence, scanner: resolving) { match.tense = .future }
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
        // (`The ministry had banned the march on Friday`, told on a Friday, is a week before),
        // unless a report shifted it back from the story's days (`said it had sent inspectors on
        // Wednesday`, told on a Wednesday, is that day).
        if isEarlier, case .weekday(let day, nil) = match.meaning, !Self.isReportedPerfect(match, in: sentence, scanner: resolving),
          [.past, .simplePast].contains(match.tense ?? SentenceTense.around(match.start..<match.end, in: sentence, scanner: resolving))
        {
          match.meaning = .weekday(day, direction: -1)
        }
        if case .weekday(let day, nil) = match.meaning, Self.endsPeriodAhead(match, in: sentence, scanner: resolving) {
          match.meaning = .weekday(day, direction: 1)
        }
        let reportedAhead = Self.sayingDay(
          countingAhead: &match, saying: saying, storyDay: resolver.storyDay, reference: point, in: sentence, scanner: resolving)
        var matchResolver = resolver.forClock(match, isEarlier: isEarlier) {
          carried.isSentence($0, of: paragraph, in: analysis.sentences)
        }
          .overBackground(match, sentence: ordinal) { $0 < 0 || analysis.sentences[$0].paragraph == paragraph }
        if let reportedAhead { matchResolver.dayAnchor = reportedAhead }
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
        if case .point(let resolved) = value, resolved.precision >= .day, resolved.dayNumber != nil,
          Self.isSaid(match, in: sentence, scanner: resolving)
        {
          saying = (resolved, range, ordinal)
        }
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
        // A move from the time told last that anchors nothing (`A day later`) leaves that time the
        // story's: a second move counts from it too (`In March 2019 … A day later … Two weeks later`).
        let movesFromLast = !match.anchorsNarrative && resolver.anchor.map { anchor in
          resolution == .relativeToNarrative(anchor: anchor.range) && resolver.lastTold == anchor.range.upperBound
        } == true
        if !movesFromLast { resolver.lastTold = range.upperBound }
        expressions.append(
          TimeExpression(
            range: range, kind: match.kind, value: value, resolution: resolution, shift: match.shift ?? Self.shift(of: match)))
      }
      return expressions
    }
  }

  /// Runs `body` with a scanner over the text of `analysis`, each of its words looked up once.
  func withScanner<Result>(_ analysis: TextAnalysis, _ body: (TimeScanner) -> Result) -> Result {
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
  func forEachMatch(in analysis: TextAnalysis, scanner: TimeScanner, _ body: (TimeMatch) -> Void) {
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
