import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A pronoun reads its antecedents from a few sentences back, but never from further than a
/// fixed number of tokens: one sentence of thousands of clauses is not read whole for each of
/// its pronouns.
@Suite struct PronounWindowTests {
  private func resolver(_ text: String) -> (PronounResolver, [String]) {
    let document = Fixture.document(text)
    let analysis = TextAnalysis(document)
    let tagged = TaggedText(document: document, analysis: analysis, times: [])
    let actors = ActorTagger(tagged: tagged).tag()
    let resolver = PronounResolver(tagged: tagged, actors: actors, quotes: QuoteScanner.scan(tagged))
    return (resolver, analysis.tokens.indices.map { tagged.string(tokens: $0..<($0 + 1)) })
  }

  @Test func aShortTextIsReadFromTheSentenceFourBack() throws {
    let text = "Ann Vale won. Tom Reed lost. Kim Roe ran. Lee Ash hid. Joe Ivo sang. He left."
    let (resolver, words) = resolver(text)
    let pronoun = try #require(words.lastIndex(of: "He"))
    let tom = try #require(words.firstIndex(of: "Tom"))
    #expect(resolver.antecedentStart(before: pronoun) == tom)
  }

  @Test func aLongSentenceIsReadNoFurtherThanTheTokenReach() throws {
    let clauses = (0..<300).map { "he met Ann Vale\($0 % 10 == 0 ? "" : "n")" }.joined(separator: ", and ")
    let (resolver, words) = resolver("Tom Reed arrived, and \(clauses), and he left.")
    let pronoun = try #require(words.lastIndex(of: "he"))
    #expect(pronoun > PronounResolver.tokenReach)
    #expect(resolver.antecedentStart(before: pronoun) == pronoun - PronounResolver.tokenReach)
    #expect(resolver.antecedentStart(before: 3) == 0)
  }

  @Test func mentionsInARangeAreThoseThatStartInsideIt() {
    let starts = [2, 5, 5, 9, 14]
    let actors = DocumentActors(
      actors: [],
      mentions: starts.map { ActorMention(tokens: $0..<($0 + 2), actor: 0, isRole: false, isModifier: false) })
    func starting(_ range: Range<Int>) -> [Int] { actors.mentions(in: range).map(\.tokens.lowerBound) }
    #expect(starting(0..<2).isEmpty)
    #expect(starting(0..<3) == [2])
    #expect(starting(3..<9) == [5, 5])
    #expect(starting(5..<10) == [5, 5, 9])
    #expect(starting(6..<14).elementsEqual([9]))
    #expect(starting(0..<100) == starts)
    #expect(starting(15..<100).isEmpty)
  }
}
