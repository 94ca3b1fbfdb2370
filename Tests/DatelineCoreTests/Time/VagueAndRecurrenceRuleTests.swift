import Testing

@testable import DatelineCore

@Suite struct VagueAndRecurrenceRuleTests {
  @Test func vagueReferences() {
    expectTime("Iraq is [[now]] calm.", "PRESENT_REF", .date)
    expectTime("Militias have [[recently]] grown.", "PAST_REF")
    expectTime("It has happened in [[the past]].", "PAST_REF")
    expectTime("Such attacks may grow in [[the future]].", "FUTURE_REF")
    expectTime("Prices will stay high in [[the near future]].", "FUTURE_REF")
    expectTime("Iraqis are [[currently]] voting.", "PRESENT_REF")
    expectTime("He praised the [[recently]] elected council.", "PAST_REF")
    expectTime("Profits will suffer in [[the short term]].", "FUTURE_REF")
    expectTime("The rest will be paid at [[a later date]].", "FUTURE_REF")
    expectTime("Whether it helps in [[the future]] is unclear.", "FUTURE_REF")
    expectTime("Strikes may go on well into [[the future]] if talks fail.", "FUTURE_REF")
    expectTime("Building was delayed by the [[current]] market conditions.", "PRESENT_REF", .date)
    expectNoTime("The current account deficit widened.")
  }

  @Test func aSeasonOfASportIsAVagueReference() {
    expectTime("The club finished fourth [[last season]].", "PAST_REF", .date)
    expectTime("He has scored nine goals [[this season]].", "PRESENT_REF")
    expectTime("The show returns [[next season]].", "FUTURE_REF")
    expectTime("Rain fell all through [[last summer]].", "2021-SU")
  }

  @Test func currentBeforeAPeriodIsNotThePresentAlone() {
    let tagging = TimeTagging("Sales slowed in the current financial quarter.")
    #expect(!tagging.expressions.contains { tagging.analysis.string($0.range) == "current" }, "found: \(tagging.found)")
  }

  @Test func namesAndNumbersThatAreNotTimes() {
    expectNoTime("He spoke on the program \"This Week\" about the vote.")
    expectNoTime("The index closed at 2082.1 points.")
    expectNoTime("You are listening to VOA Today.")
    expectNoTime("The Daily Courier first reported the claims.")
    expectNoTime("She wrote for the Weekly Standard.")
    expectNoTime("The quarter-to-quarter comparison was weak.")
  }

  @Test func recurrences() {
    expectTime("The council meets [[every Monday]].", "XXXX-WXX-1", .set)
    expectTime("Inspections happen [[each year]].", "P1Y", .set)
    expectTime("Reports are filed [[annually]].", "P1Y", .set)
    expectTime("Patrols go out [[daily]].", "P1D", .set)
    expectTime("The agency gives the [[daily]] tally.", "P1D", .set)
    expectTime("Buses leave [[every two weeks]].", "P2W", .set)
    expectTime("Markets open [[every morning]].", "XXXX-XX-XXTMO", .set)
    expectTime("The market is closed on [[Sundays]].", "XXXX-WXX-7", .set)
    expectTime("Flights leave on [[Tuesday nights]].", "XXXX-WXX-2TNI", .set)
  }
}
