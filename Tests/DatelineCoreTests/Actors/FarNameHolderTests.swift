import DatelineTestSupport
import Testing

@testable import DatelineCore

/// `the bank` stands for the organization whose name holds `bank` however far back, before one the
/// article names more often that only may be what the noun says (a newspaper named since).
@Suite struct FarNameHolderTests {
  @Test func aNameHoldingTheNounBeatsTheMostNamedOrganization() throws {
    let text = """
      Rates will stay on hold for now. The Bank of Arvel has kept interest rates at 3%.

      Governor Ana Holm said the committee had voted to hold rates on Wednesday. Two members wanted a cut.

      "Prices are still too high," Ms Holm told a press conference.

      Inflation fell to 2.9% in June. It peaked at 11% in October 2022. Food prices rose 4%. Rents rose 6%.

      Related topics
      Interest rates
      Arvel economy

      The bank last changed rates in August. Economists polled by the Arvel Times had expected no change.
      """
    let timeline = Fixture.timeline([text], published: "2026-06-12")
    let event = try #require(timeline.events.first { $0.summary.contains("last changed") })
    #expect(event.actors.map { timeline.actors[$0].name } == ["Bank of Arvel"])
  }
}
