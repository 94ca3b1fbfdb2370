import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Names that hold more than capitalized words: a number after a hyphen, a place's head before
/// `of`, a country's short name before its institution, foreign particles, the lower-case middles
/// of a hyphenated place; and the short forms that stand for such a name later in the article.
@Suite struct JoinedNamePartsTests {
  @Test func aNumberAfterAHyphenBelongsToTheName() {
    expectMentions("Cases of [[Covid-19]] rose in [[Lisbon]] on Monday.")
    expectMentions("The [[Veyra-2]] rocket lifted off from [[Kourou]] on Tuesday.")
    expectMentions("The [[Tarsis-3]] probe landed near the pole on Wednesday.")
    expectMentions("[[MERS-2]]’s spread slowed in March, [[officials]] said.")
    expectMentions("Engineers at [[Orvane]] tested the [[SARS-CoV-2]] samples on Friday.")
  }

  @Test func aModelsVariantBelongsToTheModel() {
    expectMentions("Engineers at [[Ryanair]] inspected a [[Boeing 737-800]] on Friday.")
    expectMentions("An [[Airbus A320-200]] landed in [[Porto]] on Sunday.")
  }

  @Test func aScoreOrAnAmountIsNoVariant() {
    expectMentions("Fans saw [[Arsenal]] beat [[Chelsea]] 2-1 on Saturday.")
    let extraction = Fixture.extraction("Shares in Norbridge Motors rose 3-4% on Monday.")
    #expect(extraction.names == ["Norbridge Motors"])
  }

  @Test(arguments: [
    ("A cyclone formed in the Bay of Bengal on Sunday.", "Bay of Bengal"),
    ("Ships queued outside the Port of Hamburg on Monday.", "Port of Hamburg"),
    ("Tankers crossed the Strait of Hormuz on Tuesday.", "Strait of Hormuz"),
    ("Fishermen in the Gulf of Aden reported delays on Friday.", "Gulf of Aden"),
    ("The Isle of Wight ferry was cancelled on Monday.", "Isle of Wight"),
    ("Sailors rounded the Cape of Good Hope on Sunday.", "Cape of Good Hope"),
    ("The Sea of Azov froze in January.", "Sea of Azov"),
  ])
  func aPlacesHeadKeepsItsOf(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.names.contains(name), "\(extraction.names)")
  }

  @Test func anOfAfterAPersonOrBetweenPlacesStillParts() {
    expectMentions("[[Anna Smith]] of [[Reuters]] said the [[Bank of England]] would act.")
    expectMentions("Leaders met in [[Paris]] and [[Madrid]] on Monday.")
    expectMentions("[[Tom Varga]] of [[Hamburg]] won the race on Sunday.")
  }

  @Test(arguments: [
    ("The UK Health Security Agency said on Friday that cases had fallen.", "UK Health Security Agency"),
    ("The US Food and Drug Administration approved the drug on Monday.", "US Food and Drug Administration"),
    ("The UN Refugee Agency said on Monday that camps were full.", "UN Refugee Agency"),
    ("The EU Medicines Agency met on Tuesday.", "EU Medicines Agency"),
  ])
  func aCountrysShortNameOpensItsInstitution(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.names == [name])
  }

  @Test(arguments: [
    ("Guests at the Hotel de la Poste complained on Monday.", "Hotel de la Poste"),
    ("Le Relais des Vignes closed its doors on Friday.", "Le Relais des Vignes"),
    ("Bremer Hafen und Logistik AG reported a loss on Tuesday.", "Bremer Hafen und Logistik AG"),
    ("Floods hit Villefranche-sur-Saone on Tuesday.", "Villefranche-sur-Saone"),
    ("The council of Stoke-on-Trent met on Monday.", "Stoke-on-Trent"),
    ("Voters in Aix-en-Provence went to the polls on Sunday.", "Aix-en-Provence"),
    ("The Museo de los Andes reopened on Monday.", "Museo de los Andes"),
  ])
  func foreignParticlesStayInsideTheName(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.names.contains(name), "\(extraction.names)")
  }

  @Test func aSaintsNameHyphenatedToAPlaceIsNoTitle() {
    let extraction = Fixture.extraction("Floods closed roads in Saint-Jean-de-Luz on Saturday.")
    #expect(extraction.names == ["Saint-Jean-de-Luz"])
  }

  @Test func anAcronymBeforeAHyphenIsNotCutOff() {
    let extraction = Fixture.extraction("The UTF-8 Standard Committee met on Monday.")
    #expect(!extraction.names.contains { $0.hasPrefix("-") }, "\(extraction.names)")
  }

  @Test func aPlacesHeadAloneJoinsIt() throws {
    let extraction = Fixture.extraction(
      "Boats returned to the Port of Haiphong on Tuesday. The Port said it would reopen on Thursday.")
    #expect(extraction.names == ["Port of Haiphong"])
  }

  @Test func aCommonWordOpeningANameIsNoShortForm() {
    let extraction = Fixture.extraction("Early European settlers arrived in 1840. Early reports said little.")
    #expect(!extraction.actors.contains { $0.aliases.contains("Early") }, "\(extraction.actors)")
  }

  @Test func aRouteBetweenTwoPlacesIsTwoNames() {
    let extraction = Fixture.extraction("The Lyon-to-Turin line opened on Monday.")
    #expect(!extraction.names.contains { $0.contains("-to-") }, "\(extraction.names)")
  }

  @Test func aGivenNameNoLexiconKnowsJoinsItsPerson() throws {
    let extraction = Fixture.extraction(
      "Mads Kjeldsen, the chief executive, said on Monday that the firm would cut jobs. Later Mads told staff the cuts were over.")
    #expect(extraction.names == ["Mads Kjeldsen"])
    #expect(try #require(extraction.actor("Mads Kjeldsen")).aliases.contains("Mads"))
  }

  @Test func aWordOpeningANameOfNoKnownKindStaysApart() {
    let extraction = Fixture.extraction("The Zentra Pro went on sale on Monday. Zentra sales rose by a tenth.")
    #expect(!extraction.actors.contains { $0.aliases.contains("Zentra") }, "\(extraction.actors)")
  }

  /// Two firms: a maker's unknown second name after its firm would be its product (`soleInstitution`).
  @Test func aFirstWordOpeningTwoNamesJoinsNeither() {
    let extraction = Fixture.extraction(
      "Tvendal Freight cut jobs on Monday. Tvendal Shipping hired on Tuesday. Tvendal said nothing more.")
    #expect(extraction.names.contains("Tvendal"), "\(extraction.names)")
  }

  @Test(arguments: [
    ("The European Commission opened an inquiry on Monday. The Commission said it would report in June.", "European Commission"),
    ("A bill passed the House of Lords on Thursday. Lords said they would return to it.", "House of Lords"),
    ("The Supreme Court ruled on Tuesday. The Court said the law stood.", "Supreme Court"),
  ])
  func anInstitutionsHeadAloneJoinsIt(text: String, name: String) throws {
    let extraction = Fixture.extraction(text)
    #expect(extraction.names == [name])
    #expect(try #require(extraction.actor(name)).mentions.count == 2)
  }

  @Test func aHeadOfTwoInstitutionsJoinsNeither() {
    let extraction = Fixture.extraction(
      "The European Commission met the Electoral Commission on Monday. The Commission said it would report.")
    #expect(extraction.names.contains("Commission"), "\(extraction.names)")
  }

  @Test func aPlaceAfterAnInstitutionsOfStaysItself() {
    let extraction = Fixture.extraction(
      "The Bank of England raised rates on Thursday. Shops in England were quiet.")
    #expect(extraction.names.contains("England"), "\(extraction.names)")
  }
}
