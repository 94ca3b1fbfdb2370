import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A future told with its day (`will come into effect on March 14`) or month is an event of that
/// time, and so is what someone is to do in a year (`will open a plant in 2027`); a future without
/// a time, a measure to change in a year, or a mere possibility, is none.
@Suite struct ScheduledClauseTests {
  private func events(_ text: String) -> [Event] {
    Fixture.timeline([text], published: "2022-03-10").events
  }

  @Test func aFutureWithItsDayIsAnEventOfThatDay() throws {
    let all = events("The new port rules will come into effect on March 14.")
    let rules = try #require(all.first { $0.summary.contains("come into effect") }, "\(all.map(\.summary))")
    #expect(rules.date?.value.timex == "2022-03-14")
    #expect(rules.date?.isInferred == false)
  }

  @Test func whatAReportSaysWillHappenOnADayIsAnEventToo() throws {
    let all = events("The mayor said the bridge would reopen on Friday.")
    let reopening = try #require(all.first { $0.summary.hasPrefix("The bridge would reopen") }, "\(all.map(\.summary))")
    #expect(reopening.date?.value.timex == "2022-03-11")
    #expect(all.contains { $0.kind == .statement })
  }

  @Test(arguments: [
    "The chancellor is due to deliver his budget on March 14.", "The talks are set to resume on March 14.",
    "The firm plans to open the plant on March 14.",
  ])
  func aPlanWithItsDayIsAnEventOfThatDay(text: String) throws {
    let all = events(text)
    let plan = try #require(all.first, "no event in \(text)")
    #expect(plan.date?.value.timex == "2022-03-14", "\(all.map(\.summary))")
  }

  @Test func aFutureWithItsMonthIsAnEventOfThatMonth() throws {
    let all = events("The firm will close two plants in June.")
    let closure = try #require(all.first, "no event")
    #expect(closure.summary == "The firm will close two plants in June")
    #expect(closure.date?.value.timex == "2022-06")
  }

  @Test func aLaterPredicateOfAFutureListIsAnEventOfItsTime() {
    let summaries = events("The firm will cut 300 jobs in May, and close two plants on June 3.").map(\.summary)
    #expect(summaries.contains("The firm will close two plants on June 3"), "\(summaries)")
    let possible = events("The firm could cut 300 jobs in May, and close two plants on June 3.").map(\.summary)
    #expect(!possible.contains { $0.contains("close two plants") }, "\(possible)")
  }

  @Test(arguments: ["The council will meet again soon.", "Sales will rise in 2026.", "The bridge could reopen on Friday.", "The bridge might reopen on Friday."])
  func aFutureWithoutADayOrAPossibilityIsNoEvent(text: String) {
    #expect(events(text).isEmpty, "\(events(text).map(\.summary))")
  }

  @Test func whatSomeoneIsToDoInAYearIsAnEventOfThatYear() throws {
    let all = events("Harwell Mills will open a bottling plant in Ghent in 2027.")
    let plant = try #require(all.first { $0.summary.contains("bottling plant") }, "\(all.map(\.summary))")
    #expect(plant.date?.value.timex == "2027")
  }

  @Test func aMeasureToChangeInAYearOrAYearOfANounIsNoEvent() {
    #expect(events("Ferry traffic will double in 2027.").isEmpty)
    #expect(events("The board will carry out the plans it has in place for 2027.").isEmpty)
  }
}
