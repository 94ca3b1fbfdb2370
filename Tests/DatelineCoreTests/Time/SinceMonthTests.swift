import Testing

@testable import DatelineCore

/// A month a stretch runs `since` has begun by the time of writing, however near the next one is.
@Suite struct SinceMonthTests {
  @Test func aMonthAfterSinceIsNeverAhead() {
    expectTime("Shares have gained 140% since [[January]].", "2024-01", reference: "2024-11-20")
    expectTime("Fares have doubled since [[February]], the operator said.", "2024-02", reference: "2024-12-28")
    expectTime("The lake has not frozen since [[January]].", "2024-01", reference: "2024-12-10")
  }

  @Test func aMonthAfterSinceStillTakesThisYearWhenItHasBegun() {
    expectTime("Prices have risen since [[March]].", "2024-03", reference: "2024-11-20")
    expectTime("The port has been shut since [[November]].", "2024-11", reference: "2024-11-20")
  }
}
