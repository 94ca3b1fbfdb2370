import DatelineTestSupport
import Testing

@testable import DatelineCore

/// `the company said` stands for the company the main clause is about, not one a clause about it
/// names after a verb and the nouns that say what it is (`which bought the chip designer Lumen
/// Labs`); a maker named by its trade is an organization, and the trade written
/// with a capital before its name at the start of a sentence is no part of the name.
@Suite struct MainClauseCompanyTests {
  /// The speaker of the last reported statement of `text`, with its kind.
  private func speaker(_ text: String) -> String? {
    let extraction = Fixture.extraction(text)
    return extraction.quotes.last(where: \.isIndirect)?.speaker.map {
      "\(extraction.actors[$0].name) (\(extraction.actors[$0].kind))"
    }
  }

  @Test(arguments: [
    ("The laptop maker Orvex, which bought the chip designer Lumen Labs in 2021, recalled 40,000 laptops on"
      + " Monday. The company said it would replace every unit.", "Orvex (organization)"),
    ("The phone maker Zentek, which owns the games developer Brightwell Labs, cut 200 jobs on Tuesday."
      + " The company said demand had fallen.", "Zentek (organization)"),
    ("The toy maker Pellow bought the design studio Harrow Labs in May. The company said sales rose.",
      "Pellow (organization)"),
  ])
  func theCompanyIsTheMainClausesSubject(text: String, speaker: String) {
    #expect(self.speaker(text) == speaker)
  }

  @Test(arguments: [
    ("The laptop maker Orvex recalled 40,000 laptops on Monday.", "Orvex"),
    ("Shares in the phone maker Zentek rose on Friday.", "Zentek"),
  ])
  func aMakerNamedByItsTradeIsAnOrganization(text: String, name: String) throws {
    let actor = try #require(Fixture.extraction(text).actor(name))
    #expect(actor.kind == .organization)
  }

  @Test(arguments: [
    ("Developer Seaward Power said the wind farm would open in June.", "Seaward Power"),
    ("Developer Seaward Wind said on Monday that the turbines were ready.", "Seaward Wind"),
    ("Maker Tolvik Systems said the printers would ship in March.", "Tolvik Systems"),
  ])
  func aTradeOpeningTheSentenceIsNoPartOfTheOrganizationsName(text: String, name: String) throws {
    let extraction = Fixture.extraction(text)
    #expect(extraction.names == [name])
    let actor = try #require(extraction.actor(name))
    #expect(actor.kind != .person)
    #expect(extraction.quotes.map(\.speaker) == [actor.id])
  }
}
