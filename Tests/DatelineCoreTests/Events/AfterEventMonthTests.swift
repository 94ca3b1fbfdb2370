import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A clause opened by `After the decision,` that names an event told before and dated only to
/// the month is of that month or later: it takes the month, told as after that event.
@Suite struct AfterEventMonthTests {
  private func event(_ words: String, in text: String) throws -> Event {
    let events = Fixture.timeline([text], published: "2025-03-04").events
    return try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))")
  }

  @Test(arguments: [
    ("The court ruled in May 2024 that the sale was unlawful. After the ruling, the buyer moved out.", "moved out", "2024-05"),
    ("The council decided in January to close the library. After the decision, residents protested.", "protested", "2025-01"),
    ("A jury convicted Ann Cole in October 2023. Following the conviction, her lawyers appealed.", "appealed", "2023-10"),
  ])
  func aMonthDatedEventLendsItsMonth(text: String, words: String, expected: String) throws {
    let event = try event(words, in: text)
    #expect(event.date?.value.timex == expected)
    #expect(event.date?.inference == .afterEvent)
  }

  @Test func theMonthIsLentAndAYearIsNot() throws {
    let month = "The union held a ballot in April 2024. After the ballot, the drivers walked out."
    #expect(try event("walked out", in: month).date?.value.timex == "2024-04")
    let year = "The board voted in 2023 to sell the stadium. After the vote, fans marched to the ground."
    #expect(try event("marched", in: year).date?.inference != .afterEvent)
  }
}
