import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A summary too long leaves out a participle phrase that picks its subject out between the
/// subject's noun and its verb (`Other operators | serving the isles | have faced`): who did what
/// is kept.
@Suite struct SubjectParticipleShorteningTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2024-06-12").events.map(\.summary)
  }

  @Test func aLongSummaryLeavesOutTheSubjectsParticiplePhrase() {
    let found = summaries(
      "Other ferry operators serving the northern isles have faced growing criticism since the collapse of a rival company on the mainland in 2019.")
    // Still too long, it leaves out its background phrase too, whole (`since … in 2019`).
    #expect(found.contains("Other ferry operators have faced growing criticism"), "\(found)")
  }

  @Test func aShortSummaryKeepsIt() {
    let found = summaries("Shops selling fireworks will close on Sunday.")
    #expect(found.contains("Shops selling fireworks will close on Sunday"), "\(found)")
  }
}
