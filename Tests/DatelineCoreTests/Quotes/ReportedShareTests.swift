import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A reported clause after a speech verb without `that` may open on a percentage of a whole:
/// `said 78% of its members had voted`.
@Suite struct ReportedShareTests {
  @Test(arguments: [
    "Dana Welk said 78% of members had voted against the deal.",
    "The Harbour Workers Union said 64% of its members would strike.",
  ])
  func aPercentageOpensTheReportedClause(text: String) throws {
    let timeline = Fixture.timeline([text], published: "2026-01-20")
    let quote = try #require(timeline.quotes.first, "no quote in \(text)")
    #expect(timeline.documents[0].string(quote.span.range).hasPrefix("\(text.contains("78") ? "78" : "64")%"))
  }
}
