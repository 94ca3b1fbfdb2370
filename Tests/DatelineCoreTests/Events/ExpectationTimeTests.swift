import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A time inside what a verb of expectation told as done expects (`predicted a second cut in
/// June`, `had hoped the bridge would reopen after repairs last year`) tells the expected thing,
/// not when the expecting happened; the expecting's own time still dates it.
@Suite struct ExpectationTimeTests {
  private func event(_ words: String, in text: String) throws -> Event {
    let events = Fixture.timeline([text], published: "2022-03-10").events
    return try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))")
  }

  @Test(arguments: [
    ("The museum had hoped the new wing would draw visitors back after a quiet season last year.", "2021"),
    ("The club had expected the new stand to fill up after poor crowds last season.", "2021"),
    ("The ministry predicted a poor harvest in August.", "2022-08"),
    ("Analysts have forecast growth of 2% next year.", "2023"),
  ])
  func aTimeOfWhatIsExpectedDoesNotDateTheExpecting(text: String, expected: String) throws {
    let verb = try #require(text.split(separator: " ").first { ["hoped", "expected", "predicted", "forecast"].contains($0) })
    let told = try event(String(verb), in: text)
    #expect(told.date?.value.timex != expected, "\(String(describing: told.date))")
  }

  @Test func theExpectingsOwnTimeStillDatesIt() throws {
    let told = try event("predicted", in: "The ministry predicted on Monday that the harvest would be poor.")
    #expect(told.date?.value.timex == "2022-03-07")
  }

  @Test func aPresentForecastAPlanAndAnInfinitiveKeepTheirTime() throws {
    #expect(try event("expects", in: "The ministry expects a record harvest in 2023.").date?.value.timex == "2023")
    #expect(try event("expected", in: "The ruling was expected in May.").date?.value.timex.hasSuffix("-05") == true)
    #expect(try event("expected", in: "The bank expected to cut rates again in 2023.").date?.value.timex == "2023")
  }
}
