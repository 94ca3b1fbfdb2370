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
    analysis.text.withUnsafeBufferPointer { text in
      analysis.tokens.withUnsafeBufferPointer { tokens in
        var scanner = TimeScanner(text: text, tokens: tokens, lexicon: lexicon, limit: 0)
        let found = matches(in: analysis, scanner: scanner)
        let point = reference?.point ?? ReferenceInference.latestDate(in: found.map(\.match))
        var resolver = TimeResolver(reference: point, anchor: nil)
        var expressions: [TimeExpression] = []
        expressions.reserveCapacity(found.count)
        for (match, ordinal) in found {
          let sentence = analysis.sentences[ordinal].tokens
          scanner.limit = sentence.upperBound
          let (value, resolution) = resolver.resolve(match, sentence: ordinal) {
            match.tense ?? SentenceTense.around(match.start..<match.end, in: sentence, scanner: scanner)
          }
          let range = Int(tokens[match.start].start)..<Int(tokens[match.end - 1].end)
          if match.anchorsNarrative, case .point(let resolved) = value, resolved.year != nil {
            resolver.remember(resolved, at: range, sentence: ordinal)
          } else if match.startsYearToDate, let year = point?.year {
            resolver.remember(.year(year), at: range, sentence: ordinal)
          }
          expressions.append(
            TimeExpression(
              range: range, kind: match.kind, value: value, resolution: resolution, shift: match.shift ?? Self.shift(of: match)))
        }
        return expressions
      }
    }
  }

  /// The reference time a text without one gets: the latest full date it spells out (or the
  /// latest month or year it names), with source `.inferred`; `nil` when it names none.
  public func inferredReference(for analysis: TextAnalysis) -> ReferenceTime? {
    analysis.text.withUnsafeBufferPointer { text in
      analysis.tokens.withUnsafeBufferPointer { tokens in
        let scanner = TimeScanner(text: text, tokens: tokens, lexicon: lexicon, limit: 0)
        let found = matches(in: analysis, scanner: scanner)
        return ReferenceInference.latestDate(in: found.map(\.match)).map { ReferenceTime(point: $0, source: .inferred) }
      }
    }
  }

  /// The phrases of every sentence, with the number of their sentence, in text order.
  private func matches(in analysis: TextAnalysis, scanner: TimeScanner) -> [(match: TimeMatch, sentence: Int)] {
    var scanner = scanner
    var found: [(match: TimeMatch, sentence: Int)] = []
    for (ordinal, sentence) in analysis.sentences.enumerated() {
      scanner.limit = sentence.tokens.upperBound
      let matcher = PhraseMatcher(scanner: scanner)
      var index = sentence.tokens.lowerBound
      while index < sentence.tokens.upperBound {
        if mayStart(index, scanner.tokens, scanner.text, limit: scanner.limit), let match = matcher.match(at: index) {
          found.append((match, ordinal))
          index = max(match.end, index + 1)
          if let second = matcher.conjoinedDay(after: match) {
            found.append((second, ordinal))
            index = second.end
          }
        } else {
          index += 1
        }
      }
    }
    return found
  }

  /// Whether an expression may start at token `index`: a number, an apostrophe (`'90s`), or a
  /// word the lexicon knows; a word that only modifies (`the`, `about`, `early`) only when a
  /// number, a known word or a hyphen follows it.
  @inline(__always)
  private func mayStart(
    _ index: Int, _ tokens: UnsafeBufferPointer<Token>, _ text: UnsafeBufferPointer<UInt8>, limit: Int
  ) -> Bool {
    let token = tokens[index]
    switch token.kind {
    case .number: return true
    case .punctuation: return token.length == 1 && text[Int(token.start)] == UInt8(ascii: "'")
    case .word:
      guard let senses = lexicon.words.value(for: token, in: text) else { return false }
      guard senses.onlyModifies else { return true }
      guard index + 1 < limit else { return false }
      let next = tokens[index + 1]
      switch next.kind {
      case .number: return true
      case .punctuation: return next.length == 1 && (text[Int(next.start)] == UInt8(ascii: "'") || text[Int(next.start)] == UInt8(ascii: "-"))
      case .word: return lexicon.words.contains(next, in: text)
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
