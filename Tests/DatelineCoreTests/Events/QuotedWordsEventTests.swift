import DatelineTestSupport
import Testing

@testable import DatelineCore

/// The words of a direct quotation tell no event of their own, dated or not: the statement that
/// carries them is the event, and the quotation backs it. What a report tells in its own words
/// (`said that …`) is still an event of its own time.
@Suite struct QuotedWordsEventTests {
  private func timeline(_ text: String) -> Timeline {
    Fixture.timeline([text], published: "2025-03-04")
  }

  @Test(arguments: [
    "Tom Reid said: “The depot closed on Monday. It will reopen in June.”",
    "“The union met the managers on Friday,” a spokeswoman for the union said. “The strike began in May.”",
  ])
  func aDatedQuotationIsOnlyItsStatement(text: String) {
    let told = timeline(text)
    #expect(told.events.count == 1, "\(told.events.map(\.summary))")
    #expect(told.events.allSatisfy { $0.kind == .statement }, "\(told.events.map(\.summary))")
  }

  @Test func aReportedClauseWithItsOwnTimeStaysAnEvent() {
    let told = timeline("Tom Reid said that the depot closed on Monday. “It will reopen in June.”")
    #expect(told.events.contains { $0.summary.hasPrefix("The depot closed on Monday") && $0.kind != .statement },
      "\(told.events.map(\.summary))")
    #expect(!told.events.contains { $0.summary.contains("reopen") }, "\(told.events.map(\.summary))")
  }
}
