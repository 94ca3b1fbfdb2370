import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A future told with its day (`will come into effect on March 14`) is an event of that day; a
/// future without a day, or a mere possibility, is none.
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

  @Test(arguments: ["The council will meet again soon.", "The bridge could reopen on Friday.", "The bridge might reopen on Friday."])
  func aFutureWithoutADayOrAPossibilityIsNoEvent(text: String) {
    #expect(events(text).isEmpty, "\(events(text).map(\.summary))")
  }
}
