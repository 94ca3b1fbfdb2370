import Testing

@testable import DatelineCore

/// A relative clause set off by commas after a noun tells of that noun in a tense of its own:
/// the time of the main clause around it is read past it (reference Tuesday 2021-11-09).
@Suite struct RelativeAsideTenseTests {
  @Test func aPastInARelativeAsideLeavesTheMainClausesPresentAhead() {
    expectTime("The Harriers, who lost twice last month, host Dunmore on [[Saturday]].", "2021-11-13")
    expectTime("Inspectors, who arrived on Monday, begin their work on [[Thursday]].", "2021-11-11")
    expectTime("On [[Saturday]] the Harriers, who lost on Friday, host Dunmore.", "2021-11-13")
  }

  @Test func theMainClausesOwnPastStillDatesItsTime() {
    expectTime("The Harriers, who host Dunmore next week, lost on [[Friday]].", "2021-11-05")
    expectTime("The Harriers, who sit fourth, drew with Dunmore on [[Saturday]].", "2021-11-06")
  }
}
