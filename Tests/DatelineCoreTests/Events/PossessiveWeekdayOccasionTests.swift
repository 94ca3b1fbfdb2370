import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A weekday that owns the object of a verb told in the past (`had missed Sunday's league game`)
/// or ahead (`will miss Tuesday's league game`) names the day of what it owns, the last or the
/// coming one, and what the clause does to it is done that day; a possessive
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

  @Test(arguments: [
    ("Striker Ben Cole will miss Tuesday's league game.", "Striker Ben Cole will miss", "2024-11-12"),
    ("Coach Ana Ruiz said Cole would miss Sunday's derby against Carrow.", "Cole would miss", "2024-11-10"),
    ("The mayor was due to open Saturday's flower show.", "The mayor was due to open", "2024-11-09"),
    ("Rebel members will also skip Tuesday's budget session, their whip told reporters.", "Rebel members will also skip", "2024-11-12"),
    ("Manager Joe Hart said Cole would probably miss Thursday's gala dinner.", "Cole would probably miss", "2024-11-14"),
  ])
  func aClauseAheadOnAWeekdaysThingIsOfTheComingDay(text: String, opening: String, day: String) throws {
    let events = Fixture.timeline([text], published: "2024-11-08").events
    let event = try #require(events.first { $0.summary.hasPrefix(opening) }, "\(events.map(\.summary))")
    #expect(event.date?.value.timex == day)
  }

  @Test func aPossessiveOfAnotherTimeStillNamesAThing() throws {
    #expect(try event("approved", in: "Ministers approved last year's spending plans.").date?.value.timex != "2023")
  }
}
