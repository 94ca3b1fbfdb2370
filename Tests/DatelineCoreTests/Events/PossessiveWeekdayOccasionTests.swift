import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A weekday that owns the object of a verb told in the past (`had missed Sunday's league game`)
/// names the day of what it owns, and what the clause did to it was done that day; a possessive
/// of another time still names a thing (`approved last year's spending plans`).
@Suite struct PossessiveWeekdayOccasionTests {
  private func event(_ words: String, in text: String) throws -> Event {
    let events = Fixture.timeline([text], published: "2024-11-08").events
    return try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))")
  }

  @Test(arguments: [
    ("Striker Ben Cole had missed Sunday's league game.", "missed", "2024-11-03"),
    ("Thousands of fans watched Saturday's cup final in the square.", "watched", "2024-11-02"),
  ])
  func aPastClauseOnAWeekdaysThingIsOfThatDay(text: String, verb: String, day: String) throws {
    #expect(try event(verb, in: text).date?.value.timex == day)
  }

  @Test func aPossessiveOfAnotherTimeStillNamesAThing() throws {
    #expect(try event("approved", in: "Ministers approved last year's spending plans.").date?.value.timex != "2023")
  }
}
