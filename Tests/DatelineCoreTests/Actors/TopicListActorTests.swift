import DatelineTestSupport
import Testing

@testable import DatelineCore

/// The capitalized words of a page's list of topics, one short line each, are no names: each line
/// is a sentence of its own, so its first word is read as any sentence's first word is.
@Suite struct TopicListActorTests {
  @Test func wordsOpeningTheLinesOfATopicListAreNoActors() {
    let text =
      "The Halden Post said on Monday that rates would stay at 4%.\n\nRelated topics\nInterest rates\nNordic economy"
      + "\n\nShares in Korvik Foods rose 2%."
    let names = Fixture.extraction(text).names
    #expect(names == ["Halden Post", "Korvik Foods"])
  }
}
