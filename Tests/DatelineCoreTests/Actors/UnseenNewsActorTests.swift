import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Actors of shapes met in news the code was not written around: nationalities and honours that
/// are no actors, a field before a lower-case office, roads, laws, galleries, companies told by
/// what they have or when they were founded, places listed after a noun for a kind of place.
@Suite struct UnseenNewsActorTests {
  private func kinds(_ text: String) -> [String: Actor.Kind] {
    Dictionary(Fixture.extraction(text).actors.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
  }

  @Test(arguments: [
    ("The Welsh sculptor Nia Probert opened the show on Monday.", "Welsh"),
    ("Her maps of West African rivers were published in 1990.", "West African"),
    ("Surveys of Central Asian lakes began in 2004.", "Central Asian"),
  ])
  func aNationalityBeforeACommonNounIsNoActor(text: String, word: String) {
    let names = Fixture.extraction(text).names
    #expect(!names.contains(word), "\(names)")
  }

  @Test func anHonourSomeoneWasGivenIsNoActor() {
    let names = Fixture.extraction("The engineer was appointed OBE in 2011 for services to shipping.").names
    #expect(!names.contains("OBE"), "\(names)")
  }

  @Test(arguments: ["Education", "Transport"])
  func aFieldBeforeALowercaseOfficeIsNoActor(field: String) {
    let extraction = Fixture.extraction(
      "The \(field) Institute opened in 1990. The talks stalled in May. \(field) minister Ana Rey said on Monday "
        + "that the budget would rise.")
    let words = extraction.actors.flatMap { [$0.name] + $0.aliases }
    #expect(!words.contains(field), "\(words)")
  }

  @Test func aLetterAndNumberInASentenceAboutTrafficIsARoad() {
    let found = kinds("Police urged drivers to avoid the M6 and the A590 on Friday after a crash.")
    #expect(found["M6"] == .place)
    #expect(found["A590"] == .place)
  }

  @Test func aLetterAndNumberElsewhereStaysAModel() {
    #expect(kinds("The airline ordered ten A350 jets on Monday.")["A350"] == .product)
  }

  @Test(arguments: [
    ("The Visitor Levy Bill passed its third reading on Thursday.", "Visitor Levy Bill"),
    ("The Tourist Tax Act came into force on Monday.", "Tourist Tax Act"),
  ])
  func aLawIsAWork(text: String, name: String) {
    #expect(kinds(text)[name] == .product, "\(kinds(text))")
  }

  @Test func aGalleryIsAnOrganizationAndItsFirstWordStandsForIt() throws {
    let extraction = Fixture.extraction(
      "The prize was handed out at the Calder Gallery in Leeds on Monday. Her work will hang at the Calder until May.")
    let gallery = try #require(extraction.actor("Calder Gallery"))
    #expect(gallery.kind == .organization)
    #expect(gallery.aliases == ["Calder"])
  }

  @Test func aMuseumIsAnOrganization() {
    #expect(kinds("Ostrava Museum reopened on Sunday after a fire.")["Ostrava Museum"] == .organization)
  }

  @Test func aMakerOfAppliancesIsACompanyAndItsFirstWordStandsForIt() throws {
    let extraction = Fixture.extraction(
      "Tillbrook Appliances is recalling 20,000 toasters. Tillbrook said the fault was rare.")
    let maker = try #require(extraction.actor("Tillbrook Appliances"))
    #expect(maker.kind == .organization)
    #expect(maker.aliases == ["Tillbrook"])
  }

  @Test(arguments: [
    "The toasters are made by Ravensholt, founded in Derby in 1961.",
    "In 1961 Ravensholt was founded in Derby.",
    "On Monday Ravensholt’s customers were told to stop using the toasters.",
    "Last year Ravensholt’s annual revenue fell.",
    "Ravensholt’s shares have fallen by a third since January.",
  ])
  func whatWasFoundedOrHasCustomersIsAnOrganization(text: String) {
    #expect(kinds(text)["Ravensholt"] == .organization, "\(kinds(text))")
  }

  @Test func placesListedAfterAPluralNounForPlacesStayTwoPlaces() {
    let found = kinds("Floods closed roads in the districts of Kasanka and Mporokoso on Tuesday.")
    #expect(found["Kasanka"] == .place, "\(found)")
    #expect(found["Mporokoso"] == .place, "\(found)")
  }

  @Test func aPlaceAfterAnOwnersPossessiveBeforeAnOfficeIsThePlace() throws {
    let extraction = Fixture.extraction("The CIA’s Denver office said it had opened an inquiry.")
    let denver = try #require(extraction.actor("Denver"))
    #expect(denver.kind == .place)
    #expect(denver.aliases.isEmpty)
  }

  @Test(arguments: [
    ("The storm made landfall near Tullagh at about 6 a.m. on Tuesday.", "Tullagh"),
    ("Trains between Kilbarra and Penzance were suspended on Monday.", "Kilbarra"),
    ("The regulator cut flights at Marseille and Vessac by a third on Monday.", "Vessac"),
    ("Wells near the town of Castlemoor were tested in 2019.", "Castlemoor"),
    ("The sheriff ordered the communities of Pinecrest and Holloway Flats to leave on Sunday.", "Holloway Flats"),
    ("Divers searched off the island of Varuna on Friday.", "Varuna"),
  ])
  func aNameNearAPlaceWordIsAPlace(text: String, name: String) {
    #expect(kinds(text)[name] == .place, "\(kinds(text))")
  }

  @Test func aDivisionNounWithoutADivisionGivesNoPlace() {
    #expect(kinds("The state of Lindux video software was poor in 2020.")["Lindux"] != .place)
  }

  @Test func aBenchmarkAfterAnOwnersPossessiveStaysAProduct() {
    #expect(kinds("Shares fell 2% on Germany’s DAX index on Monday.")["DAX"] == .product)
  }

  @Test(arguments: [
    ("Tarnwick Rail cancelled 40 trains on Monday.", "Tarnwick Rail"),
    ("Eastern Grid restored power to 9,000 homes on Sunday.", "Eastern Grid"),
    ("Saltmere Ferries suspended sailings on Tuesday.", "Saltmere Ferries"),
  ])
  func aCompanysLastWordMakesAnOrganization(text: String, name: String) {
    #expect(kinds(text)[name] == .organization, "\(kinds(text))")
  }

  @Test func theFirstWordOfAHealthNetworkStandsForIt() throws {
    let extraction = Fixture.extraction(
      "Brookshore Health diverted ambulances on Monday. Hackers got into Brookshore systems in October.")
    let network = try #require(extraction.actor("Brookshore Health"))
    #expect(network.kind == .organization)
    #expect(network.aliases == ["Brookshore"])
  }
}
