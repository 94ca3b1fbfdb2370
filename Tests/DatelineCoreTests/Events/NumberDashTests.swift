import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A dash between two numbers, as in a score, is no aside: the summary keeps the whole score.
@Suite struct NumberDashTests {
  @Test func aScoreIsKeptWhole() {
    let found = Fixture.timeline(
      ["On Sunday, Norland defeated Vestria 3 – 1 in the final; Ostland lost 0 – 2 to Kemia."], published: "2024-09-05"
    ).events.map(\.summary)
    #expect(found.contains { $0.hasPrefix("Norland defeated Vestria 3 – 1") || $0.hasPrefix("Norland defeated Vestria 3–1") }, "\(found)")
    #expect(!found.contains { $0.hasSuffix("Vestria 3") }, "\(found)")
  }
}
