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

  @Test func aClauseThatANounPlacesAtItsOccasionIsOneEventOfItsDateAndKind() {
    let found = events("The same shop was targeted in a similar raid in 2019.")
    #expect(found.count == 1, "\(found)")
    #expect(found.first?.date == "2019" && found.first?.kind == .attack, "\(found)")
  }

  @Test func aNounThatOnlyPlacesTheClauseBeforeOrAfterKeepsItsOwnEvent() {
    let found = events("The minister resigned after the election in March 2024.")
    #expect(!found.contains { $0.summary.contains("resigned") && $0.date == "2024-03" }, "\(found)")
    #expect(found.contains { $0.date == "2024-03" && $0.kind == .election }, "\(found)")
  }

  @Test(arguments: [
    ("Nurses will vote in March.", "Nurses will vote in March", "2025-03"),
    ("Workers will not strike on Friday.", "Workers will not strike on Friday", "2025-03-14"),
    ("The drivers plan to protest on Friday.", "The drivers plan to protest on Friday", "2025-03-14"),
  ])
  func anEventWordReadAsAVerbAfterAnAuxiliaryIsTheClausesVerbOnce(text: String, summary: String, date: String) {
    let found = events(text)
    #expect(found.count == 1, "\(found)")
    #expect(found.first?.summary == summary && found.first?.date == date, "\(found)")
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

  @Test(arguments: [
    ("A strike in April 2023 led to long delays at the port.", "A strike in April 2023 led to long delays at the port", "2023-04"),
    ("The flood in May 2021 left 300 families homeless.", "The flood in May 2021 left 300 families homeless", "2021-05"),
  ])
  func aPastClauseWhoseSubjectIsADatedEventNounIsOfItsDate(text: String, summary: String, date: String) {
    let found = events(text)
    #expect(found.contains { $0.summary == summary && $0.date == date }, "\(found)")
    #expect(found.count == 1, "\(found)")
  }

  @Test func aReportTakesTheDateOfTheStatementItIsMadeIn() {
    let found = events("The frog was found during a survey in February, the university said in a statement on Monday.")
    #expect(found.contains { $0.summary == "The frog was found during a survey in February" && $0.kind == .other }, "\(found)")
    #expect(found.contains { $0.kind == .statement && $0.date == "2025-03-10" && $0.summary.hasPrefix("The frog was found") }, "\(found)")
    #expect(!found.contains { $0.summary.hasPrefix("The university said") }, "\(found)")
  }
}
