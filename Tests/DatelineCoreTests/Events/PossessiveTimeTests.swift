import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A time that owns a noun naming no event (`tomorrow's pensions`, `next year's budget`) tells
/// which thing the noun is and dates no clause; one that owns an event (`Sunday's rally`,
/// `yesterday's attack`) dates the clause that tells it, and one that opens what a report says
/// (`said Sunday's vote was rigged`) belongs to what is said, not to the saying.
@Suite struct PossessiveTimeTests {
  private func event(_ words: String, in text: String) throws -> Event {
    let events = Fixture.timeline([text], published: "2025-03-04").events
    return try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))")
  }

  @Test(arguments: [
    "The union said tomorrow's pensions were at risk.",
    "The mayor said today's young voters had been ignored.",
    "Ministers said next year's budget would be cut.",
    "The opposition said Sunday's vote was rigged.",
    "Farmers said that last year's harvest had been the worst in decades.",
  ])
  func aReportIsOfThePublicationDay(text: String) throws {
    let said = try event("said", in: text)
    #expect(said.date?.value.timex == "2025-03-04")
    #expect(said.date?.inference == .publication)
  }

  @Test func aPossessiveOfAThingDatesNoClauseAndOneOfAnEventDoes() throws {
    #expect(try event("cut next year", in: "The council cut next year's road budget.").date?.value.timex != "2026")
    #expect(try event("approved last year", in: "Ministers approved last year's spending plans.").date?.value.timex != "2024")
    #expect(try event("killed 12", in: "Yesterday's attack killed 12 people.").date?.value.timex == "2025-03-03")
    let rally = "At Sunday's rally, the senator attacked the plan."
    #expect(try event("attacked the plan", in: rally).date?.value.timex == "2025-03-02")
    let election = "Sunday's election gave the party 14 seats."
    #expect(try event("gave the party", in: election).date?.value.timex == "2025-03-02")
  }

  @Test func aPastTimeOwningTheThingASentenceOpensWithDatesItsPastClause() throws {
    #expect(try event("drew 40,000", in: "Last year's festival drew 40,000 people.").date?.value.timex == "2024")
    #expect(try event("sold out", in: "Last month's concert sold out in an hour.").date?.value.timex == "2025-02")
    // A person picked out by a role does what the clause tells at any time.
    let winner = try event("finished third", in: "Last year's winner, Ana Ruiz, finished third.")
    #expect(winner.date?.value.timex != "2024")
    // Nor does a clause told ahead.
    let ahead = Fixture.timeline(["Last year's festival will draw a bigger crowd."], published: "2025-03-04").events
    #expect(!ahead.contains { $0.date?.value.timex == "2024" }, "\(ahead.map(\.summary))")
  }
}
