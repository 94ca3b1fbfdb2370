import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A subordinate clause whose subject opens with a participle in `-ing` (`when rising costs …`)
/// reads as the clause it is, without its `when`; a participle before its object keeps it.
@Suite struct SubordinateParticipleSummaryTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2025-11-04").events.map(\.summary)
  }

  @Test func aParticipleOpeningTheSubjectDropsWhen() {
    let text = "Shares in Tarn Mills have fallen by half since 2022, when rising prices squeezed margins."
    #expect(summaries(text).contains("Rising prices squeezed margins"), "\(summaries(text))")
  }
}
