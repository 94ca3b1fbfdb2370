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
