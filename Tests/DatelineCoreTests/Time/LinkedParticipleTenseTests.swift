import Testing

@testable import DatelineCore

/// A participle after a linking verb (`will stay closed`) gives no tense of its own, and an
/// expectation told in the past inside reported speech (`warned that rain was expected`) still
/// lies ahead of the report. 2026-11-09 is a Monday.
@Suite struct LinkedParticipleTenseTests {
  @Test func aParticipleAfterALinkingVerbTakesTheVerbGroupsTense() {
    expectTime("Schools will stay closed on Monday and [[Tuesday]].", "2026-11-10", reference: "2026-11-09")
    expectTime("The bridge will remain shut until [[Friday]].", "2026-11-13", reference: "2026-11-09")
    expectTime("The museum stayed closed on [[Thursday]].", "2026-11-05", reference: "2026-11-09")
  }

  @Test func aReportedExpectationLiesAheadOfTheReport() {
    expectTime("Forecasters warned that more rain was expected on [[Wednesday]].", "2026-11-11", reference: "2026-11-09")
    expectTime("The council said a decision was due on [[Thursday]].", "2026-11-12", reference: "2026-11-09")
    // Without speech reporting it, a past expectation is of the past.
    expectTime("The verdict was expected on [[Thursday]] but was delayed.", "2026-11-05", reference: "2026-11-09")
  }
}
