import Testing

@testable import DatelineCore

/// A past verb of expectation or plan told with `now` or inside what someone said looks ahead:
/// a month or weekday it names is the next one. Told after `had`, `than` or as a modifier it
/// tells what was. Reference Friday 2024-11-08.
@Suite struct ForwardExpectationTenseTests {
  private let friday = "2024-11-08"

  @Test func anExpectationHeldNowIsOfTheNextMonth() {
    expectTime("Economists said they now expected the next cut in [[February]].", "2025-02", reference: friday)
    expectTime("The analysts now predicted a rebound in [[March]].", "2025-03", reference: friday)
    expectTime("The firm said it now aimed to deliver the first vans in [[July]].", "2025-07", reference: friday)
  }

  @Test func anExpectationInReportedSpeechIsOfTheComingDay() {
    expectTime("Captain Joe Marr said the players expected a tough game on [[Saturday]].", "2024-11-09", reference: friday)
    expectTime("Several traders said they predicted higher rents in [[June]].", "2025-06", reference: friday)
    expectTime("Dealers said they anticipated higher prices in [[the spring]].", "2025-SP", reference: friday)
  }

  @Test func anExpectationThatWasStaysInThePast() {
    expectTime("Inflation fell faster than it had expected in [[June]].", "2024-06", reference: friday)
    expectTime("The firm said sales beat the expected figure in [[June]].", "2024-06", reference: friday)
    expectTime("The bank had expected a cut in [[June]].", "2024-06", reference: friday)
    expectTime("In spring, analysts expected a cut in [[June]].", "2024-06", reference: friday)
  }
}
