import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Kinds and aliases from the shape of a name and the words after it: clubs in sports stories,
/// institutions named after a place, ages, legal forms, spokespeople, demonyms standing for a
/// person named before.
@Suite struct NameShapeTests {
  private func kinds(_ text: String) -> [String: Actor.Kind] {
    Dictionary(uniqueKeysWithValues: Fixture.extraction(text).actors.map { ($0.name, $0.kind) })
  }

  @Test func aPlaceOrUnknownWordBeforeAClubWordIsAClubInASportsStory() throws {
    let extraction = Fixture.extraction(
      "Marlow Town beat Fenwick City 2-1 in the league on Saturday. City had led at half-time, and the club’s "
        + "coach said the squad would recover. Dunholm United lost 4-0 in the other match.")
    #expect(try #require(extraction.actor("Marlow Town")).kind == .organization)
    let city = try #require(extraction.actor("Fenwick City"))
    #expect(city.kind == .organization)
    #expect(city.aliases == ["City"])
    #expect(try #require(extraction.actor("Dunholm United")).kind == .organization)
  }

  @Test func theFirstWordsOfAClubStandForIt() throws {
    let extraction = Fixture.extraction(
      "Oxley Athletic won 3-0 in the league match. Oxley had lost the previous match at home.")
    #expect(extraction.names == ["Oxley Athletic"])
    #expect(try #require(extraction.actor("Oxley Athletic")).aliases == ["Oxley"])
  }

  @Test func aCityOutsideASportsStoryStaysAPlace() {
    #expect(kinds("Residents of Fenwick City voted on Tuesday.")["Fenwick City"] == .place)
  }

  @Test func commonNounsOrAnAcronymBeforeAPlaceNameAnInstitution() {
    let found = kinds(
      "Water Quality Wales issued 14 flood warnings on Sunday. A spokesperson for NHS Scotland said wards were open.")
    #expect(found["Water Quality Wales"] == .organization)
    #expect(found["NHS Scotland"] == .organization)
  }

  @Test func aWordOfDirectionBeforeAPlaceNamesNoInstitution() {
    #expect(kinds("Heavy rain fell across Central Wales on Sunday.")["Central Wales"] != .organization)
  }

  @Test func aDemonymForAPersonNamedBeforeIsTheirAlias() {
    let extraction = Fixture.extraction(
      "Manager Ola Brenn was sacked on Monday. The Norwegian, 48, was appointed in 2023. The flight left East "
        + "Karvia last month with the Libyan, Omar Sassi, on board.")
    #expect(extraction.actor("Norwegian") == nil)
    #expect(extraction.actor("East Karvia")?.aliases.isEmpty == true)
    #expect(extraction.actor("Ola Brenn")?.aliases == ["Norwegian"])
  }

  @Test func aNationalityBeforeAConjunctionOrAPeopleIsNoActor() {
    let extraction = Fixture.extraction(
      "The Danish and Irish farmers met in Cork on Monday. The Europeans left on Tuesday. Manager Ola Brenn "
        + "left too. The Danish state issued a warrant.")
    #expect(extraction.actor("Danish") == nil)
    #expect(extraction.actor("Europeans") == nil)
    #expect(extraction.actor("Ola Brenn")?.aliases.isEmpty == true)
  }

  @Test func anAgeInAppositionMakesAPerson() {
    let found = kinds("Derrin Holt, 58, of Mill Road admitted fraud. Of the 900 who spoke Tokan, 51,336 lived inland.")
    #expect(found["Derrin Holt"] == .person)
    #expect(found["Tokan"] != .person)
  }

  @Test func aLegalFormAfterACommaKeepsInitialsInTheCompanyName() throws {
    let extraction = Fixture.extraction("She led U.S. Playing Cards, Inc. from an office in Stamford for 40 years.")
    #expect(try #require(extraction.actor("U.S. Playing Cards")).kind == .organization)
    #expect(extraction.actor("Playing Cards") == nil)
  }

  @Test func whatASpokespersonSpeaksForIsAnInstitution() {
    #expect(kinds("A spokesperson for Merrow said the plant would close.")["Merrow"] == .organization)
  }

  @Test func aPersonsSpokespersonLeavesTheirSurnameTheirs() throws {
    let extraction = Fixture.extraction(
      "Eliot Brandling won the primary. A campaign spokesman for Brandling said the race was close.")
    #expect(try #require(extraction.actor("Eliot Brandling")).aliases == ["Brandling"])
  }

  @Test func aCompanyNamedAfterACityKeepsItsShortForm() throws {
    let extraction = Fixture.extraction("Boston Holdings cut 300 jobs on Monday. Boston said the cuts were needed.")
    #expect(try #require(extraction.actor("Boston Holdings")).aliases == ["Boston"])
  }

  @Test func whereAnAnalystWorksAndWhoEmploysThemAreInstitutions() {
    let found = kinds(
      "“It adds up,” said Hanna Lind, an analyst at Krestel. “It does not,” said Moberg analyst Lars Eken. "
        + "Tove Brun, global head of rates at Ulvik, agreed.")
    #expect(found["Krestel"] == .organization)
    #expect(found["Moberg"] == .organization)
    #expect(found["Ulvik"] == .organization)
  }

  @Test func whoseDataIsCitedIsAnInstitution() {
    let found = kinds(
      "The pound fell 0.4%, according to LSEQ data. Critics praised Colman Vantry’s figures, which sold well.")
    #expect(found["LSEQ"] == .organization)
    #expect(found["Colman Vantry"] != .organization)
  }

  @Test func anUnknownAcronymThatSpeaksAfterTheIsAnInstitution() {
    #expect(kinds("The BRQ said in a statement that rates would stay on hold.")["BRQ"] == .organization)
  }

  @Test func aCityIsNoShortFormOfTheCourtNamedAfterIt() throws {
    let extraction = Fixture.extraction("Norwich Crown Court heard the case on Monday. Floods hit Norwich last year.")
    #expect(try #require(extraction.actor("Norwich Crown Court")).aliases.isEmpty)
    #expect(try #require(extraction.actor("Norwich")).kind == .place)
  }

  @Test func aTitleInCapitalsIsNoActor() throws {
    let extraction = Fixture.extraction("At the launch, company CEO Brant Holloway unveiled the phone. The CEO said sales were strong.")
    #expect(extraction.names == ["Brant Holloway"])
  }

  @Test func aNameEndingInRoadIsAPlace() {
    #expect(kinds("Police were called to a house in Mossley Road on Friday.")["Mossley Road"] == .place)
  }

  @Test func aRiverAndTheSeatOfAnMPArePlaces() {
    let found = kinds(
      "The River Tavey burst its banks. “We need help,” said the MP for Glenmoor North, Ada Quill. "
        + "The Commissioner for Trade Ilsabet Vreeland agreed.")
    #expect(found["River Tavey"] == .place)
    #expect(found["Glenmoor North"] == .place)
    #expect(found["Trade"] == nil)
  }

  @Test func anOfLeadingToTheTitleOfALawStaysInTheName() {
    let extraction = Fixture.extraction("The firm was fined under the Sale of Goods Act on Monday.")
    #expect(extraction.names == ["Sale of Goods Act"])
  }

  @Test func theFieldOfAJournalistsRoleIsNoActor() {
    let extraction = Fixture.extraction(
      "The report was written by Anna Vell, Science correspondent, and Tom Rake, Health editor.")
    #expect(extraction.names == ["Anna Vell", "Tom Rake"])
  }

  @Test func theLettersOfADegreeAfterANameAreNoActor() {
    let extraction = Fixture.extraction("“It is serious,” says Orla Brennick, MD, who runs the clinic.")
    #expect(extraction.names == ["Orla Brennick"])
  }

  @Test func theFedIsTheFederalReserve() throws {
    let extraction = Fixture.extraction(
      "The Fed left rates unchanged, and Federal Reserve officials said more data was needed.")
    #expect(try #require(extraction.actor("Federal Reserve")).aliases == ["Fed"])
  }

  @Test func theFirstWordOfACompanyEndingInACompanyWordStandsForIt() throws {
    let extraction = Fixture.extraction("Brevik Capital bought the firm in May. Brevik said the deal was done.")
    let company = try #require(extraction.actor("Brevik Capital"))
    #expect(company.aliases == ["Brevik"])
    #expect(company.kind == .organization)
  }
}
