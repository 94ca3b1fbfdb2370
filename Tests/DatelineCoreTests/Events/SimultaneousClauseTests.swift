import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A clause that names no time is of the day of the clause after it that tells what went on at
/// the same time (`as`, `while`, `when`), finite or a participle without its subject.
@Suite struct SimultaneousClauseTests {
  private func date(of words: String, in sentence: String) throws -> String? {
    let events = Fixture.timeline(["Floods hit the valley.\n\n" + sentence], published: "2025-09-30").events
    let event = try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))")
    return event.date?.value.timex
  }

  @Test(arguments: [
    "A man was swept away as he crossed a bridge on Monday night.",
    "A man was swept away while he was crossing a bridge on Monday night.",
    "A man was swept away while trying to cross a bridge on Monday night.",
  ])
  func theClauseTakesTheDayOfWhatWentOnThen(sentence: String) throws {
    #expect(try date(of: "swept away", in: sentence)?.hasPrefix("2025-09-29") == true)
  }

  @Test func aTimeAfterBeforeDoesNotDateTheClause() throws {
    #expect(try date(of: "swept away", in: "A man was swept away before he could reach the bridge on Monday night.")?.hasPrefix("2025-09-29") != true)
  }
}
