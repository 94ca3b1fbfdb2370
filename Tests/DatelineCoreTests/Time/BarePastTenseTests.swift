import Testing

@testable import DatelineCore

/// The tense of a verb whose past is its bare form after `he`, `she` or `it` (`it forecast`),
/// and of a `to` that opens a noun phrase, against the reference Tuesday 2021-11-09.
@Suite struct BarePastTenseTests {
  @Test func aBarePastAfterHeSheOrItIsPast() {
    expectTime("The company expects revenue above the figure it forecast in [[April]].", "2021-04")
    expectTime("Analysts expect the bank to hold the rate it cut in [[March]].", "2021-03")
    expectTime("The company expects a rate cut in [[March]].", "2022-03")
  }

  @Test func aBarePastAfterASingularSubjectIsPast() {
    expectTime("The storm hit on [[Friday]].", "2021-11-05")
    expectTime("The tropical storm hit the coast on [[Friday]].", "2021-11-05")
    expectTime("Apple cut its prices on [[Monday]].", "2021-11-08")
    expectTime("On [[Monday]] the Fed cut rates.", "2021-11-08")
    expectTime("On [[Friday]] the storm hit the coast.", "2021-11-05")
    expectTime("Storms hit the coast on [[Friday]].", "2021-11-12")
    expectTime("The company expects a rate cut on [[Friday]].", "2021-11-12")
    expectTime("A tax cut on [[Friday]] would help.", "2021-11-12")
  }

  @Test func aPhraseSetOffBetweenTheSingularSubjectAndTheBarePastKeepsItPast() {
    expectTime("Halvard, a food maker, cut 300 jobs on [[Wednesday]].", "2021-11-03")
    expectTime("Halvard, which makes frozen meals, cut 300 jobs on [[Wednesday]].", "2021-11-03")
    expectTime("The storm, the worst in the region’s history, hit the coast on [[Friday]].", "2021-11-05")
    expectTime("Ana Ruiz, 45, quit on [[Friday]].", "2021-11-05")
    expectTime("Storms, the worst in years, hit the coast on [[Friday]].", "2021-11-12")
  }

  @Test func aBarePastBeforeAScoreIsPastWhateverItsSubject() {
    expectTime("Kestrel Rovers beat league leaders Dunmore City 2-1 on [[Wednesday night]].", "2021-11-03TNI")
    expectTime("The Lions beat the Hawks 3-0 on [[Sunday]].", "2021-11-07")
    expectTime("The Lions beat the Hawks on [[Sunday]] to reach the final.", "2021-11-14")
  }

  @Test func aToBeforeANounPhraseIsAPrepositionNoInfinitive() {
    expectTime("The union agreed to the plan in [[July]].", "2021-07")
    expectTime("The council agreed to that in [[July]].", "2021-07")
    expectTime("The union agreed to strike in [[July]].", "2022-07")
  }
}
