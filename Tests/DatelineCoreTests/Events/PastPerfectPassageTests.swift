import DatelineTestSupport
import Testing

@testable import DatelineCore

/// The past perfect tells what came before the day a passage is of (`found that he had claimed
/// …`) and does not take that day, unless a clause of time ties it to the day's happening
/// (`arrived after the men had fled`).
@Suite struct PastPerfectPassageTests {
  private func events(_ text: String) -> [Event] {
    Fixture.timeline([text], published: "2026-05-14").events
  }

  @Test func aPastPerfectReportedOnADayIsNotOfThatDay() throws {
    let found = events("The mayor resigned on Wednesday after an inquiry found that he had claimed expenses for trips abroad.")
    let claimed = try #require(found.first { $0.summary.contains("claimed expenses") }, "\(found.map(\.summary))")
    #expect(claimed.date == nil, "\(String(describing: claimed.date))")
  }

  @Test func aPastPerfectInAClauseOfTimeKeepsTheDay() throws {
    let found = events("Thieves broke into the museum on Sunday. The guards arrived after the men had fled in a van.")
    let fled = try #require(found.first { $0.summary.contains("fled") }, "\(found.map(\.summary))")
    #expect(fled.date?.value.timex == "2026-05-10", "\(String(describing: fled.date))")
  }

  @Test func aDayToldInThePastPerfectDoesNotDateTheSimplePastAfterIt() throws {
    let found = events(
      """
      Rail workers have ended a strike that halted most trains.

      The union said its members would return on Tuesday.

      Transport minister Signe Dahl, who had met both sides on Friday, welcomed the deal.
      """)
    let met = try #require(found.first { $0.summary.contains("met both sides") }, "\(found.map(\.summary))")
    #expect(met.date?.value.timex == "2026-05-08", "\(String(describing: met.date))")
    let welcomed = try #require(found.first { $0.summary.contains("welcomed") }, "\(found.map(\.summary))")
    #expect(welcomed.date?.value.timex == "2026-05-14", "\(String(describing: welcomed.date))")
  }
}
