import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Kinds and spans told by the words around a name: a group named by its cause or its members is an
/// organization, a code closing on a letter is one name, an owner's noun in an appositive gives
/// no kind, a surname alone stays its person's where a club changes hands, and where a home, a shop
/// or MPs are, or what owns airspace or citizens, is a place; `Magistrates’` stays in its court's name;
/// who speaks of `three of its` vessels is an organization.
@Suite struct DescriptorAndDesignationTests {
  @Test(arguments: [
    "Consumer group Varnet Watch said on Monday that the heaters were unsafe.",
    "Rights group Open Door Tarsk said the law would hurt migrants.",
    "Supporters' group Orlen Together said fans had been asking questions for years.",
  ])
  func aGroupOfACauseOrOfMembersIsAnOrganization(text: String) throws {
    let extraction = Fixture.extraction(text)
    let actor = try #require(extraction.actors.first, "\(extraction.names)")
    #expect(actor.kind == .organization, "\(extraction.actors)")
  }

  @Test(arguments: [
    ("The planet, known as K2-51b, was found in 2019 by a survey.", "K2-51b"),
    ("Signs of a moon were seen around TOI-3377c, a gas giant, on Tuesday.", "TOI-3377c"),
  ])
  func aCodeClosingOnALetterIsOneName(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.names.contains(name), "\(extraction.names)")
  }

  @Test func anOwnersNounInAnAppositiveGivesNoPlace() {
    let extraction = Fixture.extraction(
      "Mortgage lenders reacted within hours. Orsby Savings, the country's largest lender, said it would raise its rate.")
    #expect(extraction.actor("Orsby Savings")?.kind == .organization, "\(extraction.actors)")
  }

  @Test func aSurnameAloneStaysThePersonsWhereAClubIsSold() {
    let extraction = Fixture.extraction(
      "A former chairman of Dunmore Albion, Gerald Pask, has been charged with fraud over the sale of the club's "
        + "stadium. The club said it was cooperating. Its owners bought Dunmore Albion from Pask in 2022.")
    #expect(extraction.actor("Pask") == nil, "\(extraction.actors)")
    #expect(extraction.actor("Gerald Pask")?.aliases.contains("Pask") == true, "\(extraction.names)")
  }

  @Test(arguments: [
    ("A 27-year-old man was arrested at an address in Harnley on Sunday night.", "Harnley"),
    ("The former president died peacefully at his home in Vossby on Monday evening.", "Vossby"),
    ("A spokesman said deliveries to shops in Orlemark could be delayed.", "Orlemark"),
    ("Opposition MPs in Velmark called for an inquiry on Monday.", "Velmark"),
  ])
  func whereAHomeOrShopLiesIsAPlace(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor(name)?.kind == .place, "\(extraction.actors)")
  }

  @Test(arguments: ["Planes were barred from Tarvenia's airspace on Monday.", "Tarvenia's citizens voted on Sunday."])
  func whatAStateHoldsMakesAPlace(text: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor("Tarvenia")?.kind == .place, "\(extraction.actors)")
  }

  @Test func magistratesBeforeTheirCourtAreInItsName() {
    let extraction = Fixture.extraction("He will appear at Westminster Magistrates' Court on 5 November.")
    #expect(extraction.names == ["Westminster Magistrates' Court"], "\(extraction.names)")
  }

  @Test func aSpeakerOfPartOfWhatItOwnsIsAnOrganization() {
    let extraction = Fixture.extraction("Shipping line Baltrem said three of its vessels had been sent to Ostby instead.")
    #expect(extraction.actor("Baltrem")?.kind == .organization, "\(extraction.actors)")
  }
}
