import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A clause of time after what a statement reports dates what is reported, not the telling; a
/// statement with nothing reported before it still takes the day of the clause after it.
@Suite struct ReportedClauseOfTimeTests {
  private func event(_ words: String, in sentence: String) throws -> Event {
    let events = Fixture.timeline(["Nurses called off a strike on Thursday.\n\n" + sentence], published: "2024-11-08").events
    return try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))")
  }

  @Test(arguments: [
    "Union negotiator Peter Quist said the board had moved only after the strike was called on 28 October.",
    "Mira Holt said the managers gave way after the walkout was announced on 28 October.",
  ])
  func theReportedClauseOfTimeLeavesTheTellingToTheStory(sentence: String) throws {
    let statement = try event("said", in: sentence)
    #expect(statement.kind == .statement)
    #expect(statement.date?.value.timex == "2024-11-07")
  }

  @Test func aStatementWithNothingReportedTakesTheDayOfTheClauseAfterIt() throws {
    let statement = try event("spoke", in: "The mayor spoke to reporters after the vote was counted on Monday.")
    #expect(statement.date?.value.timex == "2024-11-04")
  }
}
