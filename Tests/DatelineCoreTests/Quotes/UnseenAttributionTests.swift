import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Speakers named the ways news names them beyond a plain `X said`: an apposition after a
/// possessive, a verb of manner, a lead sentence or a colon before the quotation.
@Suite struct UnseenAttributionTests {
  /// The speakers' names of the direct quotations of `text`, in order (nil for none).
  private func speakers(_ text: String) -> [String?] {
    Fixture.extraction(text).directQuotes.map(\.speaker)
  }

  @Test func anAppositionAfterAPossessiveNamesTheSpeaker() {
    #expect(
      speakers("“We never cut corners,” said his former partner, the engineer Tomas Brekke.") == ["Tomas Brekke"])
    #expect(speakers("“It rained all week,” said their neighbour, Agnes Moyo.") == ["Agnes Moyo"])
  }

  @Test func aVerbOfMannerAttributesTheQuotation() {
    #expect(
      speakers("Ines Barre runs a bakery in Lyon. “He counts the loaves twice,” she laughs. “Every morning.”")
        == ["Ines Barre", "Ines Barre"])
    #expect(speakers("“We should have listened sooner,” sighed Paolo Conti.") == ["Paolo Conti"])
    #expect(speakers("“They will not silence us,” Mira Solberg vowed.") == ["Mira Solberg"])
  }

  @Test func theClauseBeforeAColonNamesTheSpeaker() {
    #expect(speakers("Tomasz Nowak, who leads the union, put it simply: “We will strike.”") == ["Tomasz Nowak"])
    #expect(speakers("The rules were clear: “No phones after nine.”") == [nil])
  }

  @Test func theSentenceBeforeAQuotationIntroducesItsSpeaker() {
    #expect(
      speakers("Ruth Arden, the head of the hospital trust, was blunt. “We let these families down.”")
        == ["Ruth Arden"])
    #expect(
      speakers("Karim Haddad lost his shop in the flood. He is rebuilding. “I have nowhere else to go.”")
        == ["Karim Haddad"])
    // A sentence that quotes no one between two quotations leaves the speaker as it was.
    #expect(
      speakers("“We tried,” Lena Ortiz said. The plant closed in 1998. “Nobody listened.”")
        == ["Lena Ortiz", "Lena Ortiz"])
    // A quotation that opens a paragraph takes no speaker from the paragraph before.
    #expect(speakers("Karim Haddad lost his shop.\n\n“It was chaos.”") == [nil])
  }

  @Test func peopleAtAnOrganizationSpeakForIt() {
    #expect(speakers("Analysts at Corbel Bank said the price was “full but defensible”.") == ["Corbel Bank"])
    #expect(speakers("Officials from Halden Energy said: “The plant is safe.”") == ["Halden Energy"])
    #expect(speakers("Residents of Leeds said: “The road floods every winter.”") == ["Residents of Leeds"])
  }

  @Test func anAccusationCarriesItsSpeakersWords() {
    #expect(
      speakers("Union chief Maria Lodge called the plan “a betrayal of workers”. Opposition leader Ana Petrova accused the government of “playing games with the will of the people”.")
        == ["Maria Lodge", "Ana Petrova"])
  }

  @Test func thePassiveOfASpeechVerbNamesWhoIsSpokenOf() {
    #expect(
      speakers("Karl Fenn, who is accused of “bullying staff at every turn and on every shift”, denied it.") == [nil])
    #expect(speakers("The mayor was described as “a disgrace to the whole of the city” by a rival.") == [nil])
  }
}
