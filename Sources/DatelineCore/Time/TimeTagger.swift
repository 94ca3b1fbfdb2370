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
  /// `reference` (or, when it is `nil`, against a reference time inferred from the text: the
  /// latest full date it mentions).
  public func tag(_ analysis: TextAnalysis, reference: ReferenceTime?) -> [TimeExpression] {
    analysis.text.withUnsafeBufferPointer { text in
      analysis.tokens.withUnsafeBufferPointer { tokens in
        var scanner = TimeScanner(text: text, tokens: tokens, lexicon: lexicon, limit: 0)
        var found: [(match: TimeMatch, sentence: Int)] = []
        for (ordinal, sentence) in analysis.sentences.enumerated() {
          scanner.limit = sentence.tokens.upperBound
          let matcher = PhraseMatcher(scanner: scanner)
          var index = sentence.tokens.lowerBound
          while index < sentence.tokens.upperBound {
            if mayStart(tokens[index], text), let match = matcher.match(at: index) {
              found.append((match, ordinal))
              index = max(match.end, index + 1)
            } else {
              index += 1
            }
          }
        }
        let point = reference?.point ?? ReferenceInference.latestDate(in: found.map(\.match))
        var resolver = TimeResolver(reference: point, anchor: nil)
        var expressions: [TimeExpression] = []
        expressions.reserveCapacity(found.count)
        for (match, ordinal) in found {
          let sentence = analysis.sentences[ordinal].tokens
          scanner.limit = sentence.upperBound
          let (value, resolution) = resolver.resolve(match, sentence: ordinal) {
            SentenceTense.around(match.start..<match.end, in: sentence, scanner: scanner)
          }
          let range = Int(tokens[match.start].start)..<Int(tokens[match.end - 1].end)
          if match.anchorsNarrative, case .point(let resolved) = value, resolved.year != nil {
            resolver.anchor = (resolved, range, ordinal)
          }
          expressions.append(
            TimeExpression(
              range: range, kind: match.kind, value: value, resolution: resolution, shift: match.shift ?? Self.shift(of: match)))
        }
        return expressions
      }
    }
  }

  /// Whether an expression may start at `token`: a number, a word the lexicon knows, or an
  /// apostrophe (`'90s`).
  @inline(__always)
  private func mayStart(_ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    switch token.kind {
    case .number: return true
    case .word: return lexicon.words.contains(token, in: text)
    case .punctuation: return token.length == 1 && text[Int(token.start)] == UInt8(ascii: "'")
    }
  }

  /// The shift of a phrase placed relative to the story's time (`the next day`, `that evening`).
  private static func shift(of match: TimeMatch) -> TimeShift? {
    guard case .fromNarrative(let unit, let count, _, _) = match.meaning, let (durationUnit, size) = unit.duration else {
      return nil
    }
    let direction: TimeShift.Direction = count < 0 ? .before : count > 0 ? .after : .same
    return TimeShift(amount: abs(count) * Int(size), unit: durationUnit, direction: direction, partOfDay: match.partOfDay)
  }
}
