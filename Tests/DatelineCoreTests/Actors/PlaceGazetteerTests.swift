import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Names in the GeoNames gazetteer are places unless the words around them say otherwise.
@Suite struct PlaceGazetteerTests {
  private func kinds(_ text: String) -> [String: Actor.Kind] {
    Dictionary(Fixture.extraction(text).actors.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
  }

  private func lookup(_ name: String) -> PlaceGazetteer.Kind? {
    let bytes = Array(name.utf8)
    let tokens = Tokenizer.tokens(in: bytes)
    return bytes.withUnsafeBufferPointer { PlaceGazetteer.standard.kind(of: 0..<tokens.count, tokens: tokens, text: $0) }
  }

  @Test func theBundledGazetteerHoldsCountriesRegionsAndCities() {
    #expect(PlaceGazetteer.standard.count > 30_000)
    #expect(lookup("Mongolia") == .country)
    #expect(lookup("Ivory Coast") == .country)
    #expect(lookup("New South Wales") == .region)
    #expect(lookup("Nebraska") == .region)
    #expect(lookup("Tarnów") == .city)
    #expect(lookup("Rio de Janeiro") == .city)
  }

  @Test func lookupsIgnoreCaseAccentsOfTheAsciiSpellingAndInnerPunctuation() {
    #expect(lookup("TARNOW") == .city)
    #expect(lookup("Tarnow") == .city)
    #expect(lookup("st louis") == .city)
    #expect(lookup("St. Louis") == .city)
    #expect(lookup("Winston-Salem") == .city)
  }

  @Test func partsOfNamesAndOtherNamesAreNotFound() {
    #expect(lookup("Rio de") == nil)
    #expect(lookup("New South") == nil)
    #expect(lookup("Tarnó") == nil)
    #expect(lookup("Tarnówek") == nil)
    #expect(lookup("Paris Hilton") == nil)
    #expect(lookup("Route 66") == nil)
  }

  @Test func ordinaryWordsAndGivenNamesAreLeftOut() {
    #expect(lookup("Mobile") == nil)
    #expect(lookup("Split") == nil)
    #expect(lookup("Nice") == nil)
    #expect(lookup("Reading") == nil)
    #expect(lookup("March") == nil)
    #expect(lookup("Charlotte") == nil)
  }

  @Test func citiesAreRecognizedAsPlaces() {
    let found = kinds("Protesters gathered in Tarnów on Sunday. Farmers blocked roads near Kragujevac and Ludhiana.")
    #expect(found["Tarnów"] == .place)
    #expect(found["Kragujevac"] == .place)
    #expect(found["Ludhiana"] == .place)
  }

  @Test func countriesAndRegionsAreRecognizedAsPlaces() {
    let found = kinds("Aid convoys reached Mongolia and Burkina Faso. Floods hit Nebraska and Saskatchewan last week.")
    #expect(found["Mongolia"] == .place)
    #expect(found["Burkina Faso"] == .place)
    #expect(found["Nebraska"] == .place)
    #expect(found["Saskatchewan"] == .place)
  }

  @Test func multiWordPlacesAreOnePlace() {
    let found = kinds("Storms flooded Rio de Janeiro on Monday. Fires spread across New South Wales.")
    #expect(found["Rio de Janeiro"] == .place)
    #expect(found["New South Wales"] == .place)
    #expect(found["Rio"] == nil)
    #expect(found["Wales"] == nil)
  }

  @Test func aNameThatSpeaksIsAPersonNotACity() {
    let found = kinds("Jackson said the vote would be close. The mayor disagreed.")
    #expect(found["Jackson"] == .person)
  }

  @Test func aNameQuotedAsTheSpeakerIsAPerson() {
    let found = kinds("“We will rebuild,” said Lincoln after the storm.")
    #expect(found["Lincoln"] == .person)
  }

  @Test func aTitleOrHonorificBeforeACityNameMakesAPerson() {
    let found = kinds("Mr Houston arrived late. Senator Dallas Whitaker voted against the bill.")
    #expect(found["Houston"] == .person)
    #expect(found["Dallas Whitaker"] == .person)
  }

  @Test func aNameThatContainsAPlaceIsNotThatPlace() {
    let found = kinds("Paris Hilton visited the studio. The Washington Post reported the deal.")
    #expect(found["Paris Hilton"] != .place)
    #expect(found["Washington Post"] == .organization)
  }

  @Test func anOrganizationSuffixStillWins() {
    let found = kinds("Shares of Tarnów Industries fell after the Kragujevac Institute published its report.")
    #expect(found["Tarnów Industries"] == .organization)
    #expect(found["Kragujevac Institute"] == .organization)
  }

  @Test func aPersonWhoseSurnameIsACityStaysAPerson() {
    let found = kinds("Michael Houston won the race. Houston thanked his coach, and Houston later left.")
    #expect(found["Michael Houston"] == .person)
  }

  @Test func aOneWordTownIsAPlaceOnlyAfterALocativePreposition() {
    #expect(lookup("Tromsø") == .town)
    #expect(lookup("Wilson") == .town)
    let found = kinds("The prize went to Wilson. Analysts in Tromsø said the port would reopen.")
    #expect(found["Wilson"] == .unknown)
    #expect(found["Tromsø"] == .place)
  }

  @Test func anAcronymIsNotThePlaceItSpells() {
    #expect(lookup("AJAX") == .city)
    #expect(kinds("The page loads its comments with AJAX and shows them below.")["AJAX"] != .place)
  }
}

/// The gazetteer holds the English names of cities GeoNames spells in their own language, the
/// first part of a city's name joined to its river (`Ludwigshafen am Rhein`), and the regions of
/// more countries; a name opening with `Cape` is a headland.
@Suite struct GazetteerGapTests {
  private func kinds(_ text: String) -> [String: Actor.Kind] {
    Dictionary(Fixture.extraction(text).actors.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
  }

  @Test(arguments: [
    ("A new bridge opened in Ghent on Friday.", "Ghent"),
    ("The trade fair moved to Cologne in 2019.", "Cologne"),
    ("Rain flooded streets across Galicia on Sunday.", "Galicia"),
    ("More than 9,000 homes lost power across Nouvelle-Aquitaine.", "Nouvelle-Aquitaine"),
    ("The water company serves 1.2 million people in West Yorkshire.", "West Yorkshire"),
    ("The Ludwigshafen-based company cut its forecast on Tuesday.", "Ludwigshafen"),
    ("Gusts of 150km/h were recorded at Cape Wrath overnight.", "Cape Wrath"),
  ])
  func theNameIsAPlace(text: String, place: String) {
    #expect(kinds(text)[place] == .place, "\(kinds(text))")
  }
}
