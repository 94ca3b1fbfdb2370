import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A state told in the present perfect that has lasted up to now (`has served for 22 years`,
/// `has never won`) is no happening of the story's day. All are told on Thursday 12 March 2026.
@Suite struct LastingStateTests {
  private static let published = "2026-03-12"

  private func events(_ text: String) -> [Event] { Fixture.timeline([text], published: Self.published).events }

  private func event(_ words: String, in events: [Event]) throws -> Event {
    try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))")
  }

  @Test func aMeasuredStretchInThePresentPerfectTakesNoStoryDay() throws {
    let all = events("The ferry sank on Tuesday. Its captain has worked on the route for 14 years.")
    #expect(try event("sank", in: all).date?.value.timex == "2026-03-10")
    #expect(try event("has worked on the route", in: all).date == nil)
    // A happening told in the present perfect still takes the story's day.
    let told = events("The ferry sank on Tuesday. The owners have paid the crew.")
    #expect(try event("have paid", in: told).date?.value.timex == "2026-03-10")
  }

  @Test func neverOrAlwaysInThePresentPerfectTakesNoStoryDay() throws {
    let all = events("The ferry sank on Tuesday. The company has never lost a ship. It has always checked its hulls.")
    #expect(try event("never lost", in: all).date == nil)
    #expect(try event("always checked", in: all).date == nil)
  }

  @Test func aPassiveWithAStretchMeasuresWhatWasDone() throws {
    let all = events("A court sat on Tuesday. The smuggler has been jailed for nine years.")
    #expect(try event("has been jailed", in: all).date?.value.timex == "2026-03-10")
  }
}
