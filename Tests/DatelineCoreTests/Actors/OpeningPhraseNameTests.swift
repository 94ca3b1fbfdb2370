import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A name inside a phrase that opens a sentence (`Born in Dunmore in 1940, he …`, `In talks with
/// Varga, she …`) is not who the pronoun after the phrase stands for: that pronoun is its
/// clause's subject, and the phrase's own.
@Suite struct OpeningPhraseNameTests {
  private let text = """
    Alan Ferris, a radio presenter, has died at the age of 84.

    Born in Dunmore in 1940, he joined the Northern Broadcasting Service in 1962.
    """

  @Test func thePronounAfterAnOpeningParticiplesPhraseSkipsItsNames() {
    let summaries = Fixture.timeline([text], published: "2024-11-08").events.map(\.summary)
    #expect(summaries.contains("Alan Ferris joined the Northern Broadcasting Service in 1962"), "\(summaries)")
  }

  @Test func aNameInsideTheOpeningPhraseIsNoPersonByThePronoun() {
    let kinds = Dictionary(uniqueKeysWithValues: Fixture.extraction(text).actors.map { ($0.name, $0.kind) })
    #expect(kinds["Dunmore"] != nil && kinds["Dunmore"] != .person, "\(kinds)")
  }

  @Test func soDoesOneAfterAPrepositionalPhrase() {
    let summaries = Fixture.timeline(
      ["Ilse Varga, the finance minister, met union leaders on Monday. In talks with Marek Holt, she offered a pay rise of 4%."],
      published: "2024-11-08"
    ).events.map(\.summary)
    #expect(summaries.contains { $0.hasPrefix("Ilse Varga offered") || $0.hasPrefix("In talks with Marek Holt, Ilse Varga") }, "\(summaries)")
  }
}
