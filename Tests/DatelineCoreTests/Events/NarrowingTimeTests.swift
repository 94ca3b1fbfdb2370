import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A finer time right after a clause's time that falls inside it says when within it, and dates
/// the clause.
@Suite struct NarrowingTimeTests {
  private func date(of words: String, in sentence: String) throws -> String? {
    let events = Fixture.timeline(["Officials met on Monday.\n\n" + sentence], published: "2011-04-13").events
    let event = try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))")
    return event.date?.value.timex
  }

  @Test(arguments: [
    ("will launch", "The shuttle will launch at the end of the month on April 29.", "2011-04-29"),
    ("was posted", "The notice was posted on Tuesday 12 April 2011 at 09:11.", "2011-04-12T09:11"),
  ])
  func theFinerTimeDatesTheClause(words: String, sentence: String, timex: String) throws {
    #expect(try date(of: words, in: sentence) == timex)
  }

  @Test func aTimeOutsideTheFirstDoesNotNarrowIt() throws {
    #expect(try date(of: "opened", in: "The bridge opened in March, on April 2.") == "2011-03")
  }
}
