import DatelineTestSupport
import Testing

@testable import DatelineCore

/// The kind of a clause comes from words of its own part of the sentence.
@Suite struct ClauseKindTests {
  /// The kind of the event whose summary holds `words`.
  private func kind(of words: String, in text: String) -> Event.Kind? {
    Fixture.timeline([text], published: "2025-03-12").events.first { $0.summary.contains(words) }?.kind
  }

  @Test func aClauseAfterASemicolonGivesNoKindToTheOneBefore() {
    let text = "Ada Morrow married the sculptor Leon Pike in 1971; he died in 2009."
    #expect(kind(of: "married", in: text) == .other)
    #expect(kind(of: "died", in: text) == .death)
  }
}
