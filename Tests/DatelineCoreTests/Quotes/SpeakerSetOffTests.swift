import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Who speaks is the subject of the speech verb: not a word set off after the speaker's
/// institution, which says where it is, nor a name inside an opening participle's phrase, whose
/// subject is the speech verb's own.
@Suite struct SpeakerSetOffTests {
  private func speakers(_ text: String) -> [String?] {
    let extraction = Fixture.extraction(text)
    return extraction.quotes.map { quote in quote.speaker.map { extraction.actors[$0].name } }
  }

  @Test func anUnknownWordSetOffAfterTheSpeakersInstitution() {
    let text = "Anna Voss, director of safety at the University of Lindale, Brackton, said, “The cranes were old.”"
    #expect(speakers(text) == ["Anna Voss"])
    #expect(Fixture.extraction(text).actor("Brackton")?.kind == .place)
    #expect(speakers("Omar Lind, a lecturer at Kessel College, Marrow, said: “Fees will rise.”") == ["Omar Lind"])
  }

  @Test func aNameSetOffAfterAPersonsTitleStillSpeaks() {
    #expect(speakers("The company's chief executive, Marrow, said: “Fees will rise.”") == ["Marrow"])
  }

  @Test func aPlaceInsideTheSpeakersTitle() {
    let text = "According to Norwegian Ambassador to the United States Ingrid Orvik, the team showed progress."
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor("Ingrid Orvik")?.kind == .person, "\(extraction.names)")
    #expect(extraction.actor("United States")?.kind == .place, "\(extraction.names)")
    let quoted = "\u{201C}This was not possible before,\u{201D} said Norwegian Ambassador to the United States Ingrid Orvik."
    #expect(speakers(quoted) == ["Ingrid Orvik"], "\(speakers(quoted))")
  }

  @Test func aNameInsideAnOpeningParticiplesPhrase() {
    let text = """
      Trade Secretary Patricia Hewitt said on Monday that the tariff would stay.
      Speaking in the Commons, she said: “We will protect jobs.”
      """
    #expect(speakers(text) == ["Patricia Hewitt", "Patricia Hewitt"], "\(speakers(text))")
  }

  @Test func aNameOpeningTheSentenceBeforeThePronounStillCounts() {
    let text = "Dana Whitfield arrived late. When Ilse Varga spoke, she said: “The bridge will open.”"
    #expect(speakers(text) == ["Ilse Varga"], "\(speakers(text))")
  }
}
