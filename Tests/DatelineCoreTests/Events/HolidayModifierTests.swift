import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A holiday's bare name before a common noun names a kind of thing (`Christmas lights`), not when
/// the clause happened; `at Christmas`, `on Christmas Day`, `this Easter` date it.
@Suite struct HolidayModifierTests {
  private func date(of words: String, in text: String) -> String? {
    let events = Fixture.timeline([text], published: "2025-04-13").events
    guard let event = events.first(where: { $0.summary.contains(words) }) else { return "no event" }
    return event.date?.value.timex
  }

  @Test func aHolidayBeforeANounIsNoDateOfItsOwnIs() {
    #expect(date(of: "coals", in: "She kept a grate full of Christmas coals in the hall.") != "2024-12-25")
    #expect(date(of: "painted", in: "Children painted Easter eggs at the school.") != "2025-04-20")
    #expect(date(of: "sales", in: "Christmas tree sales fell sharply in the county.") != "2024-12-25")
    #expect(date(of: "closed", in: "The shop closed at Christmas.") == "2024-12-25")
    #expect(date(of: "resigned", in: "He resigned on Christmas Day.") == "2024-12-25")
    // Told in the past a week before Easter: last year's, as a weekday would be.
    #expect(date(of: "opened", in: "The garden opened at Easter for visitors.") == "2024-03-31")
    #expect(date(of: "sold", in: "The farm sold Christmas trees at Christmas.") == "2024-12-25")
  }
}
