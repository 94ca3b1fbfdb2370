import DatelineTestSupport
import Testing

@testable import DatelineCore

/// The per-token look-ups of `TaggedText` that are not held as one entry a token: sentences,
/// temporal expressions and word tags.
@Suite struct TokenLookupTests {
  private func tagged(_ text: String) -> TaggedText {
    let document = Fixture.document(text)
    let analysis = TextAnalysis(document)
    let times = TimeTagger.standard.tag(analysis, reference: nil)
    return TaggedText(document: document, analysis: analysis, times: times)
  }

  private func words(_ tagged: TaggedText) -> [String] {
    tagged.tokens.indices.map { tagged.string(tokens: $0..<($0 + 1)) }
  }

  @Test func everyTokenFindsItsSentence() {
    let tagged = tagged("Ships left. The port closed.\n\nCrews waited.")
    let sentences = tagged.tokens.indices.map { tagged.sentenceOf[$0] }
    #expect(sentences == [0, 0, 0, 1, 1, 1, 1, 2, 2, 2])
    #expect(tagged.sentenceOf.count == tagged.tokens.count)
  }

  @Test func tokensOfATimeFindItAndOthersFindNone() throws {
    let tagged = tagged("On Nov. 7, 2021 the port closed and on Monday it opened.")
    let words = words(tagged)
    #expect(tagged.times.count == 2)
    let nov = try #require(words.firstIndex(of: "Nov"))
    let year = try #require(words.firstIndex(of: "2021"))
    let monday = try #require(words.firstIndex(of: "Monday"))
    #expect((nov...year).allSatisfy { tagged.timeOf[$0] == 0 })
    #expect(tagged.timeOf[monday] == 1)
    #expect(tagged.timeOf[0] == -1 && tagged.timeOf[year + 1] == -1 && tagged.timeOf[monday + 1] == -1)
  }

  @Test func timesFarIntoALongTextAreFound() throws {
    let text = String(repeating: "The port stayed open all week. ", count: 40) + "It closed on Nov. 7, 2021."
    let tagged = tagged(text)
    let words = words(tagged)
    let nov = try #require(words.firstIndex(of: "Nov"))
    #expect(nov > 64)
    #expect(tagged.timeOf[nov] == Int32(tagged.times.count - 1))
    #expect(tagged.timeOf[nov - 1] == -1)
  }

  @Test func tokensKeepTheTagAndStartOfTheirWord() throws {
    let tagged = tagged("Harlow Rail cut 13,000 jobs in the U.S. market.")
    let words = words(tagged)
    let number = try #require(words.firstIndex(of: "13"))
    #expect((number..<(number + 3)).map(tagged.upos) == [.num, .num, .num])
    #expect((number..<(number + 3)).map(tagged.startsWord) == [true, false, false])
    let us = try #require(words.firstIndex(of: "U"))
    #expect(tagged.startsWord(us) && !tagged.startsWord(us + 1))
    #expect(tagged.lemma(number + 1) == tagged.lemma(number))
    #expect(tagged.upos(-1) == .x && tagged.upos(tagged.tokens.count) == .x)
  }

  @Test func everyTokenTakesTheLemmaOfTheTaggersWord() {
    let tagged = tagged("Smith didn't leave; the U.S. firms' 13,000 co-workers were paid $3.5 billion...")
    let words = tagged.tagger.tag(text: tagged.analysis.text, tokens: tagged.tokens)
    var word = 0
    for index in tagged.tokens.indices {
      while word + 1 < words.count, words.starts[word + 1] <= tagged.tokens[index].start { word += 1 }
      #expect(tagged.lemma(index) == words.lemma(at: word), "token \(index)")
    }
    let did = tagged.tokens.indices.first { tagged.string(tokens: $0..<($0 + 1)) == "didn" }
    #expect(did.map(tagged.lemma) == "do")
  }
}
