import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Kinds and spans told by a company's life and a place's lists in news the code was not written
/// around: a speaker's own `it`, what was founded or bought, a list of places after `for`, where
/// trains run to, and names whose last words are an exchange, courts or a councillor's title.
@Suite struct UnseenNewsCompanyCueTests {
  @Test(arguments: [
    "Corvane said it had already cancelled 300 orders and that its founder would step down.",
    "Corvane announced on Friday that it will close two plants in the north.",
  ])
  func aSpeakerThatCallsItselfItIsAnOrganization(text: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor("Corvane")?.kind == .organization, "\(extraction.actors)")
  }

  @Test func whatWasFoundedOrBoughtIsAnOrganization() {
    let extraction = Fixture.extraction(
      "Harrowgate was founded in a small mill town in 1901. In 1990 it was bought by Pellmore.")
    #expect(extraction.actor("Harrowgate")?.kind == .organization, "\(extraction.actors)")
    #expect(extraction.actor("Pellmore")?.kind == .organization, "\(extraction.actors)")
  }

  @Test func namesInAListWithAPlaceAfterForArePlaces() {
    let extraction = Fixture.extraction("Forecasters issued a warning for Galway, Kelvey and Orrin as the storm came.")
    for name in ["Galway", "Kelvey", "Orrin"] {
      #expect(extraction.actor(name)?.kind == .place, "\(name): \(extraction.actors)")
    }
  }

  @Test func whereTrainsRunToIsAPlace() {
    let extraction = Fixture.extraction("Dunmara Rail suspended trains to Keswick after the storm.")
    #expect(extraction.actor("Keswick")?.kind == .place, "\(extraction.actors)")
  }

  @Test func aCouncillorsTitleIsNoPartOfTheName() {
    let extraction = Fixture.extraction("Cllr Anna Whitby met the shop owners on Monday.")
    #expect(extraction.actor("Anna Whitby")?.kind == .person, "\(extraction.names)")
  }

  @Test func courtsOfJusticeAndAStockExchangeAreOrganizations() {
    let extraction = Fixture.extraction(
      "The appeal will be heard at the Civic Courts of Justice. Harrowgate listed on the Tarnby Stock Exchange in 1962.")
    #expect(extraction.actor("Civic Courts of Justice")?.kind == .organization, "\(extraction.actors)")
    #expect(extraction.actor("Tarnby Stock Exchange")?.kind == .organization, "\(extraction.actors)")
  }

  @Test func aPersonShapedNameOfAnInstitutionIsAPerson() {
    let extraction = Fixture.extraction("Anneli Varga of Tarnby University called the result a warning.")
    #expect(extraction.actor("Anneli Varga")?.kind == .person, "\(extraction.actors)")
  }

  @Test func aKindNounAfterAnIngWordNamesTheKind() {
    let extraction = Fixture.extraction(
      "Halvard grew fast in the 2010s. In 2019 it bought Polish trucking group Tarvo for 800 million euros.")
    #expect(extraction.actor("Tarvo")?.kind == .organization, "\(extraction.actors)")
  }

  @Test func anAssociationNamedForItsMembersKeepsItsPossessiveAndNotThePlace() {
    let extraction = Fixture.extraction(
      "The Tarnby Traders' Association said the plan was unfair. Campaigners in Tarnby called it overdue.")
    let association = extraction.actor("Tarnby Traders' Association")
    #expect(association?.kind == .organization, "\(extraction.actors)")
    #expect(association?.aliases.contains("Tarnby") == false, "\(extraction.actors)")
  }

  @Test func aPlaceAfterAPrepositionIsNoSpeakerOfIt() {
    let extraction = Fixture.extraction(
      "Corvane said it would cut prices. Campaigners in Tarnby called it overdue on Monday.")
    #expect(extraction.actor("Corvane")?.kind == .organization, "\(extraction.actors)")
    #expect(extraction.actor("Tarnby")?.kind != .organization, "\(extraction.actors)")
  }
}
