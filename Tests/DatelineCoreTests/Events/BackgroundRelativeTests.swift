import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A relative clause that tells its noun's past (`whose son died in the sinking`, `a sinking in
/// which 14 people died`) is background, of no day of the story; a clause a measured stretch
/// opens after a month (`resigned in March 2022, a week after …`) is of that month.
@Suite struct BackgroundRelativeTests {
  private func dates(_ text: String) -> [(summary: String, date: String)] {
    Fixture.timeline([text], published: "2025-10-21").events.map { ($0.summary, $0.date?.value.timex ?? "-") }
  }

  @Test func aClauseThatWhoseOpensIsOfNoDayOfTheStory() {
    let all = dates(
      """
      A ferry firm was fined on Tuesday over the sinking of its vessel Aldra.

      Relatives said the fine was too small. "Nothing will bring them back," said Mira Holt, whose son died in the sinking.
      """)
    #expect(all.contains { $0.summary.contains("son died") && $0.date == "-" }, "\(all)")
    #expect(all.contains { $0.summary.contains("the fine was too small") && $0.date == "2025-10-21" }, "\(all)")
  }

  @Test func aClauseAPrepositionAndWhichOpenIsOfNoDayOfTheStory() {
    let all = dates("A ferry firm has been fined over a sinking in which 14 people died, a court ruled on Tuesday.")
    #expect(all.contains { $0.summary.contains("14 people died") && $0.date == "-" }, "\(all)")
  }

  @Test func aSubjectsRelativeClauseStillTakesTheStorysDay() {
    let all = dates("Two men, who were arrested at the scene, have been charged with theft.")
    #expect(all.contains { $0.summary.contains("arrested at the scene") && $0.date == "2025-10-21" }, "\(all)")
  }

  @Test func aStretchAfterAMonthIsOfThatMonth() {
    let all = dates("The mayor, Ida Brun, resigned in March 2022, a week after auditors questioned the cost of the works.")
    #expect(all.contains { $0.summary.contains("uditors questioned") && $0.date == "2022-03" }, "\(all)")
  }
}
