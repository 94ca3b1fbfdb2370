import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A time that dates what a clause is set beside after `than` does not date the clause: it is
/// background.
@Suite struct BackgroundTimeTests {
  private func date(_ words: String, in text: String) throws -> String? {
    let events = Fixture.timeline([text], published: "2024-11-08").events
    return try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))").date?.value.timex
  }

  @Test(arguments: [
    "The Bank of Castria said inflation was falling faster than it had expected in the summer.",
    "Councillor Rosa Finch said the repairs were more urgent than engineers had thought in June.",
    "Ms Orr said sales were higher than last year.",
  ])
  func aTimeAfterThanDatesNoStatement(text: String) throws {
    #expect(try date("said", in: text).map { $0.hasPrefix("2024-11") } ?? true)
  }

  @Test func aTimeAfterThanIsStillANumbersClause() throws {
    #expect(try date("killed", in: "The storm killed more than 300 people on Monday.") == "2024-11-04")
  }
}
