import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A bare plural subject speaks as a group: people by what they are or do (`Fishermen said`,
/// `Officials said`), read as such where the tagger took the capital that opens the sentence for a
/// name's, and organizations by their kind (`Unions said`). A name a capitalized preposition opens
/// in running text is whole (`said Per Olsen`).
@Suite struct GroupSpeakerTests {
  /// The speakers of the reported statements of `text`, with their kinds.
  private func speakers(_ text: String) -> [String] {
    let extraction = Fixture.extraction(text)
    return extraction.quotes.filter(\.isIndirect).map { quote in
      quote.speaker.map { "\(extraction.actors[$0].name) (\(extraction.actors[$0].kind))" } ?? "none"
    }
  }

  @Test(arguments: [
    ("Fishermen said the catch had halved since May.", "Fishermen (group)"),
    ("The city of Tarnby closed the road. Officials said they would reopen it on Friday.", "Officials (group)"),
    ("Pharmacists said they had removed the tablets on Thursday.", "Pharmacists (group)"),
    ("Harlow Rail met the drivers on Monday. Unions said they would strike on Friday.", "Unions (group)"),
    ("Teachers said on Monday they would strike for three days.", "Teachers (group)"),
    ("Farmers told local radio they had moved their cattle.", "Farmers (group)"),
  ])
  func aBarePluralSubjectSpeaksAsAGroup(text: String, speaker: String) {
    #expect(speakers(text).last == speaker, "\(speakers(text))")
  }

  @Test func theyOfAGroupSpeakerIsNoOrganizationNamedBefore() throws {
    let text = "The Tarnby Health Agency warned about the lake on Monday. Fishermen said they would block the harbour."
    let timeline = Fixture.timeline([text], published: "2022-03-10")
    let names = try #require(timeline.actorNames(ofEventWith: "block the harbour"))
    #expect(!names.contains("Tarnby Health Agency"), "\(names)")
  }

  @Test(arguments: [
    "The plant at Orlen will close in June, said Per Olsen.",
    "The plant at Orlen will close in June, according to Per Olsen.",
  ])
  func aNameAPrepositionOpensAfterAVerbIsWhole(text: String) {
    #expect(Fixture.extraction(text).names.contains("Per Olsen"), "\(Fixture.extraction(text).names)")
  }
}
