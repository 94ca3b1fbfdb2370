import Testing

@testable import DatelineCore

/// A modal of what may come (`could`, `may`, `should`) and a future put a month ahead of the
/// publication date; a weekday in a clause with no tense marker is the coming one (a schedule
/// told in the plain present); an `-ed` adjective after a preposition gives no tense. Reference
/// Friday 2024-11-08.
@Suite struct ScheduleAndPossibilityTenseTests {
  private let friday = "2024-11-08"

  @Test func aPossibilityOrAFutureInAMonthBeforeThePublicationIsNextYears() {
    expectTime("The plant could reopen in [[September]].", "2025-09", reference: friday)
    expectTime("The plant may reopen in [[September]].", "2025-09", reference: friday)
    expectTime("The plant will reopen in [[September]].", "2025-09", reference: friday)
    expectTime("The bridge should be finished in [[August]].", "2025-08", reference: friday)
  }

  @Test func aDeniedOrPerfectModalStaysInThePast() {
    expectTime("The owner could not be reached in [[September]].", "2024-09", reference: friday)
    expectTime("The leak may have started in [[September]].", "2024-09", reference: friday)
    expectTime("Neither he nor Mara's two sons could be located on [[Wednesday]].", "2024-11-06", reference: friday)
  }

  @Test func aPlainPresentScheduleIsOfTheComingWeekday() {
    expectTime("The talks resume on [[Thursday]].", "2024-11-14", reference: friday)
    expectTime("Ministers meet on [[Tuesday]] to discuss the plan.", "2024-11-12", reference: friday)
    expectTime("The talks resumed on [[Thursday]].", "2024-11-07", reference: friday)
    expectTime("The trial started on [[Monday]].", "2024-11-04", reference: friday)
  }

  @Test func anIrregularPastKeepsThePastWeekday() {
    expectTime("A fire tore through the depot on [[Sunday]].", "2024-11-03", reference: friday)
    expectTime("Protesters swore at officers on [[Monday]].", "2024-11-04", reference: friday)
  }

  @Test func anAdjectiveInEdAfterAPrepositionGivesNoTense() {
    expectTime("Winds could reach 130 km/h on exposed headlands on [[Sunday]].", "2024-11-10", reference: friday)
  }
}
