import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Speakers named the ways news names them beyond a plain `X said`: an apposition after a
/// possessive, a verb of manner, a lead sentence or a colon before the quotation.
@Suite struct UnseenAttributionTests {
  /// The speakers' names of the direct quotations of `text`, in order (nil for none).
  private func speakers(_ text: String) -> [String?] {
    let extraction = Fixture.extraction(text)
    return extraction.quotes.filter { !$0.isIndirect }.map { quote in quote.speaker.map { extraction.actors[$0].name } }
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
    #expect(speakers("“We should have listened sooner,” conceded Paolo Conti.") == ["Paolo Conti"])
    #expect(speakers("“They will not silence us,” Mira Solberg vowed.") == ["Mira Solberg"])
  }
}
