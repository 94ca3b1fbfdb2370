import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A relative clause after names joined by `and` tells of all of them: `Priya Raman and Daniel
/// Osei, who had worked together` names both, and so does the main clause after it.
@Suite struct CoordinatedAntecedentTests {
  @Test func theRelativeClauseIsLedByBothNames() {
    let found = Fixture.timeline(
      ["Priya Raman and Daniel Osei, who had worked together at the ministry in 2015, testified on Monday."],
      published: "2024-09-05"
    ).events.map(\.summary)
    #expect(found.contains { $0.hasPrefix("Priya Raman and Daniel Osei had worked together") }, "\(found)")
    #expect(found.contains("Priya Raman and Daniel Osei testified on Monday"), "\(found)")
  }
}
