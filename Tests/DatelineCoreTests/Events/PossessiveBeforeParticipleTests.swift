import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A `her` before a participle that describes a noun owns that noun phrase: resolved, it is told
/// as the person's possessive, never as an object before a participle clause.
@Suite struct PossessiveBeforeParticipleTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2025-10-21").events.map(\.summary)
  }

  @Test func herBeforeAParticipleAndItsNounIsAPossessive() {
    let found = summaries("Police questioned Ada Brel on Monday. Doctors had not recorded her falling oxygen levels for nine hours.")
    #expect(found.contains("Doctors had not recorded Ada Brel's falling oxygen levels for nine hours"), "\(found)")
  }

  @Test func herBeforeAPastParticipleAndItsNounIsAPossessive() {
    let found = summaries("Ada Brel was taken to hospital on Monday. Doctors treated her broken arm.")
    #expect(found.contains("Doctors treated Ada Brel's broken arm"), "\(found)")
  }

  @Test func theOwnerTakesPartInTheEvent() throws {
    let told = Fixture.timeline(
      ["Police questioned Ada Brel on Monday. Doctors had not recorded her falling oxygen levels for nine hours."],
      published: "2025-10-21")
    let event = try #require(told.events.first { $0.summary.contains("oxygen") }, "\(told.events.map(\.summary))")
    #expect(event.actors.map { told.actors[$0].name } == ["Ada Brel"])
  }

  @Test func herBeforeAParticipleClauseStaysAnObject() {
    let found = summaries("Police questioned Ada Brel on Monday. Officers saw her leaving the building.")
    #expect(found.contains("Officers saw Ada Brel leaving the building"), "\(found)")
  }
}
