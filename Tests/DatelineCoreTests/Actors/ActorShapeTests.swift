import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Names whose shape decides them: an organization named for its aim after `to`, an adjective
/// opening a sentence before a person, an institution after the place a title serves, a
/// facility's head; and descriptions that name the person a reader has in mind.
@Suite struct ActorShapeTests {
  @Test(arguments: [
    ("The Committee to Protect Farmers said on Monday that prices had fallen.", "Committee to Protect Farmers", Actor.Kind.organization),
    ("Members of the Coalition to Stop Food Waste met in Leeds on Monday.", "Coalition to Stop Food Waste", .group),
  ])
  func anOrganizationKeepsItsAimAfterTo(text: String, name: String, kind: Actor.Kind) throws {
    let extraction = Fixture.extraction(text)
    #expect(extraction.names.contains(name), "\(extraction.names)")
    #expect(try #require(extraction.actor(name)).kind == kind)
  }

  @Test func aCampaignKeepsItsAimAfterTo() {
    let extraction = Fixture.extraction("The Campaign to End Winter Hunger said on Monday that 900 families had no heating.")
    #expect(extraction.names.contains("Campaign to End Winter Hunger"), "\(extraction.names)")
  }

  @Test func aHeadingInTitleCaseKeepsNoAimInAName() {
    let extraction = Fixture.extraction("Harbour Committee to Raise Fees")
    #expect(!extraction.names.contains("Harbour Committee to Raise Fees"), "\(extraction.names)")
  }

  @Test func aPlaceOrPersonAfterToIsNoAim() {
    let extraction = Fixture.extraction("The Committee sent Maria Lund to France on Monday.")
    #expect(!extraction.names.contains { $0.hasSuffix("France") && $0 != "France" }, "\(extraction.names)")
  }

  @Test(arguments: ["Conservative Paul Tse was re-elected on Sunday.", "Independent Maria Lund won the seat on Sunday."])
  func anAdjectiveOpeningTheSentenceIsNoPartOfTheName(text: String) {
    let name = text.hasPrefix("Conservative") ? "Paul Tse" : "Maria Lund"
    #expect(Fixture.extraction(text).names == [name])
  }

  @Test func anInstitutionAfterThePlaceATitleServesIsOneName() {
    let extraction = Fixture.extraction(
      "Dr Amira Shah, chair of the Kent Medical Council, said on Monday that doctors would strike.")
    #expect(extraction.names.contains("Kent Medical Council"), "\(extraction.names)")
    #expect(!extraction.names.contains("Medical Council"))
  }

  @Test func aPrisonIsAPlace() throws {
    let extraction = Fixture.extraction("Samir Haddad left Ostra Central Prison on Wednesday.")
    #expect(try #require(extraction.actor("Ostra Central Prison")).kind == .place)
  }

  @Test func anAgeOpeningTheNextSentenceIsTheSubjects() throws {
    let extraction = Fixture.extraction(
      "Maria Voss beat Anna Krug in the final on Saturday. The 21-year-old saved two match points in the third set.")
    #expect(try #require(extraction.actor("Maria Voss")).aliases.contains("the 21-year-old"))
    #expect(try #require(extraction.actor("Anna Krug")).aliases.isEmpty)
  }

  @Test func aRoleNounNamesTheHolderMetBeforeIt() throws {
    let extraction = Fixture.extraction(
      "Norland’s health minister, Peter Vance, resigned on Sunday. The minister had denied any wrongdoing. "
        + "Transport Minister Ruth Adeyemi will take over the department.")
    #expect(try #require(extraction.actor("Peter Vance")).aliases == ["the minister"])
  }

  @Test func aLaterHolderOfTheRoleLeavesItToTheFirst() throws {
    let extraction = Fixture.extraction(
      "Ostland’s transport minister, Greta Lind, resigned on Tuesday. The minister had promised lower fares. "
        + "Finance Minister Erik Holm will run the department.")
    #expect(try #require(extraction.actor("Greta Lind")).aliases == ["the minister"])
  }

  @Test func aPrimeMinisterIsNoMinisterOfAField() {
    let extraction = Fixture.extraction("Prime Minister Hana Vos spoke on Monday. The minister had met the unions.")
    #expect(extraction.actors.allSatisfy { !$0.aliases.contains("the minister") })
  }
}
