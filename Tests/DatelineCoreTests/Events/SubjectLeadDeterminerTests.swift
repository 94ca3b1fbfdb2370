import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A name brought in front of a later predicate keeps its determiner (`The Varn raided the coast,
/// and burned …` → `The Varn burned`).
@Suite struct SubjectLeadDeterminerTests {
  @Test func aNameBroughtInFrontKeepsItsDeterminer() {
    let found = Fixture.timeline(
      ["The Varn raided the coast with regularity, and burned, looted and destroyed every village they could find."],
      published: "2026-11-09"
    ).events.map(\.summary)
    #expect(found.contains("The Varn burned"), "\(found)")
    #expect(!found.contains("Varn burned"), "\(found)")
  }
}
