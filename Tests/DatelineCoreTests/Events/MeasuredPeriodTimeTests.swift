import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A stretch that a figure is measured over (`a profit of £40m for the year to September`, `in
/// the quarter to March`) tells which period the figure covers, not when the clause that reports
/// it happened; a time of the clause's own still dates it.
@Suite struct MeasuredPeriodTimeTests {
  private func event(_ words: String, in text: String) throws -> Event {
    let events = Fixture.timeline([text], published: "2024-11-08").events
    return try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))")
  }

  @Test(arguments: [
    ("Harlow Mills reported a pre-tax profit of £40m for the year to September.", "reported", "2024-09"),
    ("The bakery chain posted a loss of £3m in the six months to June.", "posted", "2024-06"),
    ("Sales at the brewer fell 5% to £80m in the quarter to March.", "fell", "2024-03"),
    ("The insurer made a profit of $2bn in the 12 weeks ending August.", "made", "2024-08"),
  ])
  func theEndOfAMeasuredStretchDoesNotDateTheClause(text: String, verb: String, month: String) throws {
    let told = try event(verb, in: text)
    let value = told.date?.value.timex ?? ""
    #expect(!value.hasPrefix(month) && !value.contains("Q"), "\(value)")
  }

  @Test func aTimeOfTheClausesOwnStillDatesIt() throws {
    #expect(try event("posted", in: "The bakery chain posted a loss of £3m in June.").date?.value.timex == "2024-06")
    #expect(try event("moved", in: "The council moved the vote from May to June.").date?.value.timex != nil)
  }
}
