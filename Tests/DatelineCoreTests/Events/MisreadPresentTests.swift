import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A plain present the tagger reads as a plural noun before a second verb joined by `and` is the
/// clause's verb: the clause is scheduled by its own day.
@Suite struct MisreadPresentTests {
  @Test(arguments: [
    "Work starts on Monday and lasts until spring.",
    "Work starts on Monday and lasts two months.",
    "Work starts on Monday and runs until spring.",
  ])
  func aPresentBeforeASecondVerbIsScheduledByItsDay(text: String) throws {
    let events = Fixture.timeline([text], published: "2024-11-08").events
    let event = try #require(events.first { $0.summary.contains("starts") }, "\(events.map(\.summary))")
    #expect(event.date?.value.timex == "2024-11-11")
  }
}
