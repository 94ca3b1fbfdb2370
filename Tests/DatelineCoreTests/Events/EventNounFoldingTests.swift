import DatelineTestSupport
import Testing

@testable import DatelineCore

/// An event noun with its own date (`meetings on June 24`, `the strike on Thursday`) names an
/// event: the clause that tells of it takes its date, and what stays a noun alone is told with
/// its date, never as a bare word.
@Suite struct EventNounFoldingTests {
  private func events(_ text: String) -> [(summary: String, date: String?, kind: Event.Kind)] {
    Fixture.timeline([text], published: "2025-03-12").events.map { ($0.summary, $0.date?.value.timex, $0.kind) }
  }

  @Test func aClauseTakesTheDateOfTheEventNounItTellsOf() {
    let found = events("Members will vote at meetings on June 24.")
    #expect(found.contains { $0.summary == "Members will vote at meetings on June 24" && $0.date == "2025-06-24" }, "\(found)")
    #expect(!found.contains { $0.summary == "meetings" }, "\(found)")
  }

  @Test func aNounThatOnlyPlacesTheClauseBeforeOrAfterKeepsItsOwnEvent() {
    let found = events("The minister resigned after the election in March 2024.")
    #expect(!found.contains { $0.summary.contains("resigned") && $0.date == "2024-03" }, "\(found)")
    #expect(found.contains { $0.date == "2024-03" && $0.kind == .election }, "\(found)")
  }

  @Test func aNounEventAloneIsToldWithItsDate() {
    let found = events("The party won 15 seats, down from 17 at the last vote in March 2024.")
    let vote = found.first { $0.date == "2024-03" }
    #expect(vote?.summary.hasSuffix("in March 2024") == true, "\(found)")
  }

  @Test func aNounEventAloneKeepsItsAdjectiveOfOrder() {
    let found = events("Turnout was 58%, down from 64% at the last election in 2021.")
    #expect(found.contains { $0.date == "2021" && $0.summary == "The last election in 2021" }, "\(found)")
  }

  @Test func whatAReportTellsOfAnEventNounIsThatEventOnce() {
    let found = events("The union said 2,000 dockers went on strike on Monday.")
    let monday = found.filter { $0.date == "2025-03-10" }
    #expect(monday.count == 1, "\(found)")
    #expect(monday.first?.summary == "2,000 dockers went on strike on Monday", "\(found)")
  }

  @Test func aDatedEventNounThatIsTheVerbsObjectIsOneEvent() {
    let found = events("The two clubs signed the agreement in July.")
    #expect(found.count == 1, "\(found)")
    #expect(found.first?.date == "2024-07", "\(found)")
  }
}
