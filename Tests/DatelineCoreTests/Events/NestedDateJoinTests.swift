import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A mention dated inside an earlier event's date joins that event only when it tells the same
/// happening: a different verb whose time lies in the same day is an event of its own.
@Suite struct NestedDateJoinTests {
  private func events(_ text: String) -> [(summary: String, date: String?)] {
    Fixture.timeline([text], published: "2024-11-08").events.map { ($0.summary, $0.date?.value.timex) }
  }

  @Test func aDifferentEventVerbAtATimeInsideTheDayIsItsOwnEvent() {
    let found = events(
      "Rebels attacked the town of Dunmore on Wednesday. Drones bombed the airport at about 4:15 a.m."
    )
    let ashore = found.first { $0.summary.contains("bombed the airport") }
    #expect(ashore?.date == "2024-11-06T04:15", "\(found)")
    #expect(found.contains { $0.summary.contains("attacked the town") && $0.date == "2024-11-06" }, "\(found)")
  }

  @Test func whatHasHappenedDoesNotJoinWhatIsToComeInsideItsTime() {
    let found = Fixture.timeline(
      [
        "The service is intended to launch in the autumn of 2024 alongside the app. Earlier this year, Norbank opened "
          + "a data centre in Ohio intended to support the new service."
      ], published: "2024-06-10"
    ).events.map { ($0.summary, $0.date?.value.timex) }
    #expect(found.contains { $0.0.hasPrefix("Norbank opened a data centre") && $0.1 == "2024" }, "\(found)")
    #expect(found.contains { $0.0.hasPrefix("The service is intended to launch") && $0.1 == "2024-FA" }, "\(found)")
  }
}
