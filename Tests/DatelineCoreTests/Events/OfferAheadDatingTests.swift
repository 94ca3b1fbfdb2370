import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A time ahead of the publication inside what a past offer offers does not date the offering;
/// a weekday with the week named after it is one time, which can end a range. Published Friday
/// 2024-11-08.
@Suite struct OfferAheadDatingTests {
  private func dates(_ text: String) -> [(summary: String, date: String?, end: String?)] {
    Fixture.timeline([text], published: "2024-11-08").events.map { ($0.summary, $0.date?.value.timex, $0.date?.end?.timex) }
  }

  @Test func aPastOfferIsNotDatedByTheTimeItOffers() {
    let found = dates("The union had offered to pause the strike during the Christmas season.")
    #expect(!found.contains { $0.date == "2024-12-25" }, "\(found)")
    let promised = dates("The mayor promised to reopen the library next spring.")
    #expect(!promised.contains { $0.date == "2025-SP" }, "\(promised)")
  }

  @Test func aPastOfferKeepsAPastTimeItNames() {
    let found = dates("In 2019 the firm offered to buy the plant in 2020.")
    #expect(found.contains { $0.date == "2019" || $0.date == "2020" }, "\(found)")
  }

  @Test func aWeekdayInANamedWeekEndsARange() {
    let found = dates("The strike runs until Friday next week.")
    #expect(found.contains { $0.date == "2024-11-08" && $0.end == "2024-11-15" }, "\(found)")
  }
}
