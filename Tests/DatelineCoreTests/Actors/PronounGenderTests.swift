import DatelineTestSupport
import Testing

@testable import DatelineCore

/// `he` and `she` stand only for a person whose known sex agrees: from the given name, or from an
/// earlier `he` or `she` that stood for them; when the nearest person disagrees, the story's main
/// person comes first.
@Suite struct PronounGenderTests {
  private func actors(of words: String, in text: String) throws -> [String] {
    let timeline = Fixture.timeline([text], published: "2022-03-10")
    return try #require(timeline.actorNames(ofEventWith: words), "\(timeline.events.map(\.summary))")
  }

  @Test func aQuotedManIsNoAntecedentOfShe() throws {
    let text = """
      Mara Lind, the sculptor, has died. "Mara never stopped working," said Kofi Bruun, who ran her studio. \
      She won the Tarn Prize in 1998.
      """
    let names = try actors(of: "won the Tarn Prize", in: text)
    #expect(names.contains("Mara Lind"), "\(names)")
    #expect(!names.contains("Kofi Bruun"), "\(names)")
  }

  @Test func anEarlierHeTellsAPersonsSex() throws {
    let text = """
      The chef Robin Vale opened Lark in 1990. He sold it in 2010. In 2012 Robin Vale hired the baker Dana Ueda. \
      She became head chef in 2015.
      """
    let names = try actors(of: "became head chef", in: text)
    #expect(!names.contains("Robin Vale"), "\(names)")
  }

  @Test func theMainPersonComesBeforeANearerOne() throws {
    let text = """
      Mara Lind, the sculptor, has died. Her student Dana Ueda found her at home on Sunday. \
      "She never stopped working," said Tom Bruun. She won the Tarn Prize in 1998.
      """
    let names = try actors(of: "won the Tarn Prize", in: text)
    #expect(names.contains("Mara Lind"), "\(names)")
    #expect(!names.contains("Dana Ueda"), "\(names)")
  }
}
