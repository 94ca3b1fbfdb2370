import Testing
@testable import DatelineCore

@Suite struct TokenizerTests {
  private func tokens(_ text: String) -> [String] {
    let analysis = TextAnalysis(text)
    return analysis.tokens.map { analysis.string($0) }
  }

  @Test func splitsWordsNumbersAndPunctuation() {
    #expect(tokens("In May 2020, militiamen encircled it.") == ["In", "May", "2020", ",", "militiamen", "encircled", "it", "."])
    #expect(tokens("1990s mid-2019 2:30") == ["1990", "s", "mid", "-", "2019", "2", ":", "30"])
  }

  @Test func curlyQuotesAndDashesAreTheirOwnTokens() {
    #expect(tokens("“Iran’s militia — here”") == ["“", "Iran", "’", "s", "militia", "—", "here", "”"])
  }

  @Test func nonASCIILettersStayInWords() {
    #expect(tokens("Élysée مصطفى 中文") == ["Élysée", "مصطفى", "中文"])
    #expect(tokens("a\u{00A0}b") == ["a", "b"])
  }

  @Test func flagsDescribeShapeAndSpacing() {
    let analysis = TextAnalysis("IRGC Quds-force x")
    let flags = analysis.tokens.map(\.flags)
    #expect(flags[0].contains(.allUpper) && flags[0].contains(.capitalized))
    #expect(flags[1].contains(.capitalized) && !flags[1].contains(.allUpper))
    #expect(!flags[2].contains(.spaceBefore))
    #expect(!flags[3].contains(.capitalized))
    #expect(flags[4].contains(.spaceBefore))
  }

  @Test func tokensKeepTheirKindFlagsAndLengthInTwelveBytes() {
    #expect(MemoryLayout<Token>.stride == 12)
    let token = Token(start: 7, end: 12, hash: 99, kind: .number, flags: [.spaceBefore, .nonASCII])
    #expect(token.start == 7 && token.end == 12 && token.length == 5 && token.hash == 99)
    #expect(token.kind == .number && token.flags == [.spaceBefore, .nonASCII])
  }

  @Test func runsLongerThanATokenBecomeGluedPieces() {
    let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: Token.maximumLength + 5)
      + Array(" 1".utf8) + [UInt8](repeating: UInt8(ascii: "7"), count: Token.maximumLength + 1)
    let tokens = Tokenizer.tokens(in: bytes)
    #expect(tokens.map(\.length) == [Token.maximumLength, 5, Token.maximumLength, 2])
    #expect(tokens.map(\.kind) == [.word, .word, .number, .number])
    #expect(tokens.map(\.isSpaced) == [true, false, true, false])
  }

  @Test func hashesAreCaseFolded() {
    let analysis = TextAnalysis("October OCTOBER october")
    #expect(Set(analysis.tokens.map(\.hash)).count == 1)
  }

  @Test func wordTableLooksUpTokensIgnoringCase() {
    let table = WordTable([("nov", 11), ("october", 10)])
    let analysis = TextAnalysis("Nov. OCTOBER may")
    analysis.text.withUnsafeBufferPointer { text in
      #expect(table.value(for: analysis.tokens[0], in: text) == 11)
      #expect(table.value(for: analysis.tokens[2], in: text) == 10)
      #expect(table.value(for: analysis.tokens[3], in: text) == nil)
    }
    #expect(table.value(forWord: "NOV") == 11)
  }

  @Test func byteRangesPointIntoTheText() {
    let analysis = TextAnalysis("é “x”")
    #expect(analysis.tokens.map(\.range) == [0..<2, 3..<6, 6..<7, 7..<10])
  }
}
