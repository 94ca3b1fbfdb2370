import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A nationality before capitalized common words opens an institution's name and stays in it; before
/// a person's name, a name the lexicons know, a title or lower-case words it only describes what follows.
@Suite struct DemonymNameTests {
  @Test func aNationalityBeforeCommonWordsOpensTheName() {
    expectMentions("The [[European Central Bank]] raised rates on Thursday.")
    expectMentions("The [[German Football Association]] fined two clubs on Monday.")
    expectMentions("The [[Australian Broadcasting Corporation]] aired the debate last week.")
  }

  @Test func nationalitiesInARowBeforeCommonWordsAllStay() {
    expectMentions("Members of the [[Cuban American National Foundation]] met on Friday.")
    expectMentions("Diplomats of the [[Syrian Arab Republic]] were expelled, and the Kurdish and Iraqi delegates left.")
  }

  @Test func anInstitutionBeforeATitleKeepsItsNationality() {
    expectMentions("[[European Central Bank]] President [[Carla Venn]] spoke on Friday.")
    expectMentions("French President [[Anne Rocard]] met the [[Danish Refugee Council]] on Monday.")
  }

  @Test func aNationalityBeforeAPersonOrAKnownNameIsSplitOff() {
    expectMentions("The Norwegian [[Magnus Eide]] beat the [[British Rowing Federation]] crew on Sunday.")
    expectMentions("Units led by the Iranian [[Kasem Darvi]] crossed the border, the [[Iraqi News Agency]] said.")
    expectMentions("The Afghan [[Islamic State]] cell and the [[Kenyan Tea Board]] were named.")
    expectMentions("He visited the booth of the Swiss [[AG Nordal]] on Monday.")
  }

  @Test func aNationalityBeforeLowerCaseWordsIsNoName() {
    expectMentions(
      "The British prime minister and the Japanese foreign ministry wrote to the [[Canadian Tourism Commission]].")
  }

  @Test func anAcronymStandsForTheNameAfterItsNationality() throws {
    let extraction = Fixture.extraction(
      "The Kenyan National Drought Authority issued a warning on Monday. The NDA said the rains had failed.")
    let authority = try #require(extraction.actor("Kenyan National Drought Authority"))
    #expect(authority.aliases == ["NDA"])
  }

  @Test func theHeadAfterTheNationalityGivesTheKind() throws {
    let extraction = Fixture.extraction("The American Academy of Coastal Sciences met on Monday.")
    #expect(try #require(extraction.actor("American Academy of Coastal Sciences")).kind == .organization)
  }

  @Test func theNameAfterTheNationalityStandsForIt() throws {
    let extraction = Fixture.extraction(
      "The Danish Maritime Authority closed the strait on Monday. The Maritime Authority said it would reopen.")
    #expect(extraction.names == ["Danish Maritime Authority"])
    #expect(try #require(extraction.actor("Danish Maritime Authority")).aliases == ["Maritime Authority"])
  }
}
