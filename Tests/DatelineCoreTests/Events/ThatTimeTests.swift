import DatelineTestSupport
import Testing

@testable import DatelineCore

/// `then`, `at the time` and `back then` in a clause told in the past point back at the time the
/// text told last: the clause is of that time (a day, a month or a year), a report too, not of
/// the story's day, as `that day`, `the same day`, `that month` and `that year` do.
@Suite struct ThatTimeTests {
  private func date(_ words: String, in text: String) throws -> String? {
    let events = Fixture.timeline([text], published: "2025-03-04").events
    return try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))").date?.value.timex
  }

  @Test(arguments: [
    ("Engineers had warned about the dam in 2017. Engineers warned then that it could fail.", "warned then", "2017"),
    ("The company collapsed in 2019. Investors sued the bank at the time.", "sued the bank", "2019"),
    ("Prices rose sharply in June 2023. Shoppers complained then about the cost of bread.", "complained", "2023-06"),
    ("Storms hit the coast on 12 January. At the time, the mayor said the town was safe.", "the town was safe", "2025-01-12"),
    ("Floods cut the valley off in March 2021. Back then, residents blamed the council.", "blamed the council", "2021-03"),
    ("The bridge closed on 3 January. At that time, engineers said repairs would take a year.", "repairs would take", "2025-01-03"),
  ])
  func aClauseThatPointsBackTakesTheTimeToldLast(text: String, words: String, expected: String) throws {
    #expect(try date(words, in: text) == expected)
  }

  @Test func theAnaphorIsReadFromTheWords() {
    let sentences: [(String, String?)] = [
      ("He was ill then.", "then"), ("They warned then that it could fail.", "then"), ("Back then, it rained.", "then"),
      ("At the time, she was away.", "At"), ("It was at that point unclear.", "at"),
      // What came next, what is counted from that time, a title and an occasion of its own.
      ("He then left.", nil), ("She was then taken to hospital.", nil), ("Then the army came.", nil),
      ("It rained, and then it snowed.", nil), ("Since then, the town has shrunk.", nil), ("By then, he had gone.", nil),
      ("The then-president signed it.", nil), ("At the time of the vote, she was away.", nil),
    ]
    for (text, expected) in sentences {
      let document = Fixture.document(text)
      let analysis = TextAnalysis(document)
      let tagged = TaggedText(document: document, analysis: analysis, times: [])
      let found = tagged.toldTimeAnaphor(in: 0..<analysis.tokens.count).map { tagged.string(tokens: $0..<($0 + 1)) }
      #expect(found == expected, "\(text)")
    }
  }
}
