import Testing

@testable import DatelineCore

/// Random word salads of time words, numbers and punctuation: the tagger must not trap, and must
/// keep its expressions in order, inside the text and apart.
@Suite struct TimeTaggerRobustnessTests {
  static let pieces = [
    "the", "a", "last", "next", "this", "early", "mid", "-", "Nov.", "May", "7", "2021", "31", "12:30", "a.m.", "of",
    "year", "years", "quarter", "third", "half", "ago", "later", "before", "after", "Friday", "night", ",", ".", "'",
    "s", "more", "than", "at", "least", "up", "to", "every", "1990s", "fiscal", "the", "end", "weekend", "today",
    "recent", "months", "few", "and", "or", "so", "1/2", "’", "“", "—", "Monday", "noon", "o'clock", "past", "two",
  ]

  /// A small deterministic generator (xorshift), so that a failure can be replayed.
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return Int(state % UInt64(bound))
    }
  }

  @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
  func wordSaladsKeepTheInvariants(seed: UInt64) {
    var generator = Generator(state: seed &* 0x9E37_79B9_7F4A_7C15)
    for _ in 0..<200 {
      let length = generator.next(14)
      let text = (0..<length).map { _ in Self.pieces[generator.next(Self.pieces.count)] }.joined(separator: generator.next(3) == 0 ? "" : " ")
      let analysis = TextAnalysis(text)
      for reference in [nil, ReferenceTime(point: .month(2021, 11), source: .metadata)] {
        let expressions = TimeTagger.standard.tag(analysis, reference: reference)
        for expression in expressions {
          #expect(!expression.range.isEmpty && expression.range.upperBound <= analysis.text.count, "\(text)")
        }
        for (earlier, later) in zip(expressions, expressions.dropFirst()) {
          #expect(earlier.range.upperBound <= later.range.lowerBound, "\(text)")
        }
      }
    }
  }

  @Test func emptyAndOddTexts() {
    for text in ["", " ", "\n\n", "2021", "-", "'", "the", "99999999999999999999 years", "Nov. 31", "2021-02-30", "13/45/2020"] {
      let analysis = TextAnalysis(text)
      _ = TimeTagger.standard.tag(analysis, reference: nil)
      _ = TimeTagger.standard.inferredReference(for: analysis)
    }
    expectNoTime("The code 13/45/2020 is not a date.")
  }
}
