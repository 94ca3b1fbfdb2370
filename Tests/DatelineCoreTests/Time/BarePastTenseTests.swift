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

  @Test func aToBeforeANounPhraseIsAPrepositionNoInfinitive() {
    expectTime("The union agreed to the plan in [[July]].", "2021-07")
    expectTime("The council agreed to that in [[July]].", "2021-07")
    expectTime("The union agreed to strike in [[July]].", "2022-07")
  }
}
