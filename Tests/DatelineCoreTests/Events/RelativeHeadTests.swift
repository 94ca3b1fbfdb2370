import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A relative clause is about a head further back than the noun phrase right before it when that
/// phrase cannot do what the clause tells: `who` after an apposition is about the person it sets
/// off, and a verb only a happening takes (`lasted`) is about the event noun before a preposition;
/// a relative clause about a happening in a dated clause's subject is of that date.
@Suite struct RelativeHeadTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2026-04-10").events.map(\.summary)
  }

  @Test func whoAfterAnAppositionIsAboutThePersonItSetsOff() {
    let found = summaries(
      "Anton Berg, the former chief executive of Vessel Bank, who was jailed in 2019 for fraud, was released on Monday.")
    #expect(found.contains { $0.hasPrefix("Anton Berg was jailed in 2019") }, "\(found)")
    #expect(!found.contains { $0.hasPrefix("Vessel Bank was jailed") }, "\(found)")
  }

  @Test func aVerbOfAHappeningIsAboutTheEventNounBeforeThePreposition() {
    let found = summaries("The miners ended the strike at the Ostra copper mine, which lasted 23 days.")
    #expect(found.contains { $0.hasPrefix("The strike at the Ostra copper mine lasted 23 days") }, "\(found)")
    #expect(!found.contains { $0.hasPrefix("The Ostra copper mine lasted") }, "\(found)")
  }

  @Test func anotherVerbStaysWithTheNearestPhrase() {
    let found = summaries("The miners ended the strike at the Ostra copper mine, which employs 900 people.")
    #expect(!found.contains { $0.hasPrefix("The strike at the Ostra copper mine employs") }, "\(found)")
  }

  @Test func aRelativeClauseAboutAHappeningIsOfTheDateItsMainClauseTells() {
    let events = Fixture.timeline(
      ["The last serious accident at the dock, which killed a driver, happened in 2017. Work stopped on Monday."],
      published: "2026-04-10"
    ).events
    let found = events.map { ($0.summary, $0.date?.value.timex ?? "undated") }
    #expect(found.contains { $0.0.contains("killed a driver") && $0.1 == "2017" }, "\(found)")
    let person = Fixture.timeline(["Ada Brun, who founded the firm, died in 2017."], published: "2026-04-10").events
    #expect(!person.contains { $0.summary == "Ada Brun founded the firm" && $0.date?.value.timex == "2017" })
  }
}
