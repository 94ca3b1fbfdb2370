import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A dated event noun, an absolute phrase and a noun phrase set off before its appositive are
/// told as clauses, never as bare noun phrases.
@Suite struct NominalEventSummaryTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2025-10-30").events.map(\.summary)
  }

  @Test func aDatedEventNounIsToldWithItsClause() {
    let meeting = summaries("The mediator has called both unions to a meeting on Monday.")
    #expect(!meeting.contains { $0.lowercased() == "a meeting on monday" }, "\(meeting)")
    #expect(meeting.contains("The mediator has called both unions to a meeting on Monday"), "\(meeting)")
  }

  @Test func aDatedEventNounAfterAPlacingWordIsToldAlone() {
    let found = summaries("The alliance took office in June after winning the May election.")
    #expect(found.filter { $0 == "The alliance took office in June after winning the May election" }.count == 1, "\(found)")
  }

  @Test func aDatedEventNounWithoutAClauseBeforeItStaysANounPhrase() {
    let found = summaries("Voters in Vell were angry. The June election is expected to be close.")
    #expect(!found.contains { $0.hasPrefix("Voters in Vell were angry") && $0.contains("election") }, "\(found)")
  }

  @Test func anAbsolutePhraseWithAParticipleIsToldAsAClause() {
    let found = summaries("The council will debate the plan from November 4, with a final vote scheduled for December 11.")
    #expect(found.contains("A final vote is scheduled for December 11"), "\(found)")
    let past = summaries("The storm hit the coast on Sunday, with gusts of 150km/h recorded at Cape Vell on Monday.")
    #expect(past.contains("Gusts of 150km/h were recorded at Cape Vell on Monday"), "\(past)")
  }

  @Test func namesJoinedByAndAreOneAppositive() {
    let found = summaries("The two pilots assigned to the flight, Ana Brel and Tomas Ueda, have trained together since January 2023.")
    #expect(
      found.contains("The two pilots assigned to the flight, Ana Brel and Tomas Ueda, have trained together since January 2023"),
      "\(found)")
    #expect(!found.contains("The two pilots assigned to the flight"), "\(found)")
  }

  @Test func aWeekdayOwningAnEventNounDatesTheNounNotTheClause() throws {
    let found = Fixture.timeline(["Officials halted the count in Sunday's election on Monday."], published: "2025-10-30").events
    let halted = try #require(found.first { $0.summary.hasPrefix("Officials halted the count") }, "\(found.map(\.summary))")
    #expect(halted.date?.value.timex == "2025-10-27")
    let election = try #require(found.first { $0.summary == "Sunday's election" }, "\(found.map(\.summary))")
    #expect(election.date?.value.timex == "2025-10-26")
  }

  @Test func aWeekdayOwningTheSubjectDatesTheClause() throws {
    let found = Fixture.timeline(["Sunday's blast killed two guards, police said."], published: "2025-10-30").events
    let blast = try #require(found.first { $0.summary.hasPrefix("Sunday's blast killed two guards") }, "\(found.map(\.summary))")
    #expect(blast.date?.value.timex == "2025-10-26")
  }
}
