import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Kinds told by a company's trade noun before a name wherever its phrase stands (`Supplier
/// Orvel said`, `a spokesperson for carrier Nordlane`), by where something is based (`a firm
/// based in Kessling`), by a place's noun set off before the name (`the capital, Drasov,`) and by
/// a speaker's name closing on a plural common noun (`Brask Terminals said`).
@Suite struct TradeNounAndSeatKindTests {
  @Test func aTradeNounOpeningTheSentenceIsNoPartOfTheName() throws {
    let text =
      "Supplier Orvel, which sells seed to most farms, said on Monday it would delay deliveries until February. "
      + "Its chief financial officer, Anouk Reiss, said the firm had been paid for half of its orders."
    let extraction = Fixture.extraction(text)
    #expect(extraction.names.contains("Orvel"), "\(extraction.names)")
    #expect(extraction.actor("Orvel")?.kind == .organization, "\(extraction.actors)")
    // `Its` after the sentence stands for the name that opens it past its trade noun.
    let timeline = Fixture.timeline([text], published: "2024-11-08")
    let event = try #require(timeline.events.first { $0.summary.contains("financial officer") })
    #expect(event.actors.map { timeline.actors[$0].name }.contains("Orvel"), "\(event.summary)")
  }

  @Test(arguments: [
    "A spokesperson for carrier Nordvane said its ships would wait at anchor on Monday.",
    "The strike began after operator Velm Docks rejected the offer on Monday.",
    "The deal was blocked by retailer Halbrook Mutual on Tuesday.",
  ])
  func aTradeNounAfterAPrepositionMakesACompany(text: String) throws {
    let extraction = Fixture.extraction(text)
    let actor = try #require(extraction.actors.first, "\(extraction.names)")
    #expect(actor.kind == .organization, "\(extraction.actors)")
  }

  @Test(arguments: [
    "Orvel is a firm based in Kessling, and it sells seed to most farms.",
    "Orvel is a firm based in Kessling, and its chief executive, Marta Oudin, said the cuts were temporary.",
  ])
  func whereAFirmIsBasedIsAPlace(text: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor("Kessling")?.kind == .place, "\(extraction.actors)")
  }

  @Test func aNameSetOffAfterACapitalIsAPlace() {
    let extraction = Fixture.extraction("The ministry moved its offices to the capital, Drasov, in 2019.")
    #expect(extraction.actor("Drasov")?.kind == .place, "\(extraction.actors)")
  }

  @Test func aSpeakerNamedWithThePluralOfACommonNounIsAnOrganization() {
    let extraction = Fixture.extraction("Brask Terminals said on Thursday that prices would rise in March.")
    #expect(extraction.actor("Brask Terminals")?.kind == .organization, "\(extraction.actors)")
  }
}
