import Testing

@testable import DatelineCore

/// How far a tense or a time reaches: a bare past form after an auxiliary is a participle whose
/// tense the auxiliary gives, and a prediction's month is judged by a time in its own clause
/// only; a weekday with its week named after it is the day of that week. Reference Friday
/// 2024-11-08.
@Suite struct ClauseBoundTenseTests {
  private let friday = "2024-11-08"

  @Test func aBarePastFormAfterAnAuxiliaryTakesTheAuxiliarysTense() {
    expectTime("The bridge will be shut until [[Friday]].", "2024-11-15", reference: friday)
    expectTime("The plant could be shut on [[Monday]].", "2024-11-11", reference: friday)
    expectTime("The mine was shut on [[Monday]].", "2024-11-04", reference: friday)
    expectTime("The storm hit on [[Monday]].", "2024-11-04", reference: friday)
  }

  @Test func aTimeInAnEarlierClauseDoesNotMakeAPredictionPast() {
    expectTime(
      "Several analysts predicted a second cut in June, while others forecast a cut in [[March]].", "2025-03",
      reference: friday)
    expectTime("Some expect a hold in December, but others forecast a cut in [[March]].", "2025-03", reference: friday)
    expectTime("In spring, analysts forecast a cut in [[June]].", "2024-06", reference: friday)
  }

  @Test func aPredictionVerbAfterAndThatJoinsWordsIsNoClauseOfItsOwn() {
    expectTime(
      "The current version supports current and anticipated web standards and had 10% of usage in [[June]].", "2024-06",
      reference: friday)
  }

  @Test func aWeekdayBeforeANamedWeekIsThatWeeksDay() {
    expectTime("The vote is on [[Saturday next week]].", "2024-11-16", reference: friday)
    expectTime("Talks resume on [[Monday next week]].", "2024-11-11", reference: friday)
    expectTime("The strike ended on [[Thursday last week]].", "2024-10-31", reference: friday)
    expectTime("He met them on [[Monday this week]].", "2024-11-04", reference: friday)
  }
}
