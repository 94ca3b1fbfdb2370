import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A speech verb with other senses (`posted`, `added`, `continued`) tells a statement only where
/// it carries words; elsewhere its clause is an event of another kind.
@Suite struct SpeakingVerbTests {
  private func kinds(_ text: String) -> [(summary: String, kind: Event.Kind)] {
    Fixture.timeline([text], published: "2022-03-10").events.map { ($0.summary, $0.kind) }
  }

  @Test(arguments: [
    "Norbridge posted a loss of £1.4bn on Monday.",
    "US employers added 337,000 jobs in February.",
    "Shares continued to fall on Tuesday.",
    "Kelvar recalled 40,000 cars on Monday.",
    "The fighting continued on Monday.",
    "The agency called off the launch on Tuesday.",
    "The army called up 3,000 reservists on Monday.",
    "The team observed the comet passing its star in February.",
  ])
  func withoutWordsItIsNoStatement(text: String) throws {
    let found = kinds(text)
    let event = try #require(found.first, "no event in \(text)")
    #expect(event.kind != .statement, "\(found)")
  }

  @Test(arguments: [
    "Jonas Ruud called the vote in October.",
    "The prime minister called a snap election in October after his coalition collapsed.",
  ])
  func aCallWhoseObjectNamesAnEventIsThatEventOnItsOwnDate(text: String) {
    let found = Fixture.timeline([text], published: "2025-11-10").events
    #expect(!found.contains { $0.kind == .statement }, "\(found.map(\.summary))")
    let called = found.filter { $0.summary.contains("called") }
    #expect(called.count == 1 && called.first?.kind == .election, "\(found.map(\.summary))")
    #expect(called.first?.date?.value.timex == "2025-10", "\(String(describing: called.first?.date))")
    #expect(!found.contains { $0.summary.contains("collapsed") && $0.date != nil }, "\(found.map(\.summary))")
  }

  @Test(arguments: [
    "Dana Whitfield added on Monday that the plant would close.",
    "On Monday, Dana Whitfield posted: “The plant will close.”",
    "“The plant will close,” she added on Monday.",
    "Dana Whitfield, the plant's owner, wrote on Monday the plant would close.",
    "On Monday the carmaker wrote Kelvar that it would sell the plant.",
    "On Monday the mayor called the plan “a disgrace”.",
  ])
  func withWordsItIsAStatement(text: String) {
    let found = kinds(text)
    #expect(found.contains { $0.kind == .statement }, "\(found)")
  }

  @Test func aReportSetAfterWhatItTellsIsToldWithIt() {
    let found = kinds("Sales of bread grew on Monday, it added.")
    #expect(found.map(\.summary) == ["Sales of bread grew on Monday, it added"], "\(found)")
  }

  @Test func aDatedClauseWithAVerbOfOtherSensesIsOneEvent() {
    let found = kinds("The agency first called off the launch on April 9.")
    #expect(found.count == 1 && found.first?.kind != .statement, "\(found)")
  }

  @Test func whatASpeakerSaysDoesNotGiveTheStatementItsKind() {
    let found = kinds("On Monday a spokesperson for the party said the government had lost its authority.")
    #expect(found.map(\.kind) == [.statement], "\(found)")
  }

  @Test func saidNeedsNoWordsAfterIt() {
    let found = kinds("The plant will close, Dana Whitfield said on Monday.")
    #expect(found.contains { $0.kind == .statement }, "\(found)")
  }

  @Test func aVerbInIngRightAfterItIsItsObjectAndTheTimeIsTheClauses() {
    let events = Fixture.timeline(["The probe will continue mapping the crater until 2027."], published: "2026-06-12").events
    let found = events.map { ($0.summary, $0.date?.end?.timex ?? "undated") }
    #expect(found.contains { $0.0.hasPrefix("The probe will continue mapping") && $0.1 == "2027" }, "\(found)")
  }

  @Test func aParticipleOpeningATitleLeavesTheStatementWhole() {
    let found = kinds("Acting Attorney General Tomas Brandt said the merger review would continue.")
    #expect(found.map(\.summary) == ["Acting Attorney General Tomas Brandt said the merger review would continue"])
  }
}
