import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Names as they appear in news: multi-word names with connectors and particles, titles split
/// off, possessives, and ordinary words at the start of sentences that are not names.
@Suite struct NameFinderTests {
  /// The mentions the extraction finds, as text, in order.
  private func mentions(_ text: String) -> [String] {
    let extraction = Fixture.extraction(text)
    return extraction.actors.flatMap(\.mentions).sorted().map(extraction.text)
  }

  @Test func multiWordNamesWithConnectorsAndParticles() {
    expectMentions("Fighters of [[Al-Hashd Al-Shaabi]] met envoys of [[Asaib Ahl Al-Haq]] near [[Mosul]].")
    expectMentions("Staff of the [[Ministry of Interior]] briefed the [[Bank of England]] on Tuesday.")
    expectMentions("A statement from [[Abu Mahdi al-Muhandis]] reached [[Crown Point Institute]] analysts.")
    expectMentions("Officials close to [[Mohammed bin Salman]] visited [[Jordan]].")
  }

  @Test func titlesAreSplitOffAsRoles() {
    let extraction = Fixture.extraction(
      "Loyalty is owed to Supreme Leader Ayatollah Ali Khamenei. Gen. Hassan Farid inspected the troops. "
        + "Prime Minister Laila Haddad flew home.")
    #expect(extraction.names == ["Ali Khamenei", "Hassan Farid", "Laila Haddad"])
    #expect(extraction.actors.allSatisfy { $0.kind == .person })
    #expect(
      extraction.actors.flatMap(\.mentions).map(extraction.text) == ["Ali Khamenei", "Hassan Farid", "Laila Haddad"])
  }

  @Test func participlesBeforeATitleBelongToIt() {
    let extraction = Fixture.extraction(
      "Acting Assistant Attorney General Orla Finch said the review would go on. "
        + "Managing Director Dana Whitfield left the bank.")
    #expect(extraction.names == ["Orla Finch", "Dana Whitfield"])
  }

  @Test func aCompanyNamedForItsTradeIsAnOrganizationAndKeepsItsShortName() throws {
    let extraction = Fixture.extraction("Norbridge Motors cut 4,500 jobs on Monday. Norbridge said the plant would close.")
    #expect(extraction.names == ["Norbridge Motors"])
    let company = try #require(extraction.actors.first)
    #expect(company.kind == .organization)
    #expect(company.mentions.count == 2)
  }

  @Test func aFoodCompanyIsAnOrganizationAndKeepsItsShortName() throws {
    let extraction = Fixture.extraction("Tarnby Foods cut 600 jobs on Monday. Tarnby expects sales to rise.")
    #expect(extraction.names == ["Tarnby Foods"])
    #expect(try #require(extraction.actors.first).kind == .organization)
  }

  @Test func policeRanksAndPlayingPositionsAreSplitOff() {
    expectMentions("Det Insp [[Tom Varga]] said the inquiry would go on.")
    expectMentions("Striker [[Leo Marsk]] scored twice on Saturday.")
  }

  @Test func aTimeZoneAfterAClockTimeIsNoName() {
    expectMentions("Shares in [[Norbridge Motors]] fell 4% by 0900 GMT and rose by 3 p.m. EST in [[Vesta]].")
  }

  @Test func aCurrencyCodeBeforeADollarSignIsNoName() {
    expectMentions("The phone costs US $199 in [[Canada]] and HK$900 in [[Vietnam]], [[Dana Whitfield]] said.")
  }

  @Test func possessivesAreNotPartOfTheName() {
    expectMentions("[[Iraq]]’s army and [[Syria]]'s police met [[Hassan Farid]]’s aides.")
  }

  @Test func ordinaryWordsAtTheStartOfSentencesAreNotActors() {
    let text = """
      Such a brazen move surprised nobody. Then the talks stalled. Therefore, the vote was delayed.
      Insisting that the count was wrong, protesters marched. Topping the agenda were prices.
      Established in 1990, the firm grew.
      “Again, nothing happened,” a witness said. Several of the envoys left.
      """
    // The speaker named by a role alone is an actor of its own, named by the phrase.
    #expect(mentions(text) == ["a witness"])
  }

  @Test func anOrdinaryWordAfterADatelineHyphenIsNotAnActor() {
    let text = """
      OSLO (Reuters) - Talks on a new coalition collapsed on Wednesday.
      Talks began in November.
      """
    #expect(!mentions(text).contains("Talks"))
  }

  @Test func aNameAtTheStartOfASentenceIsKeptWhenTheTextUsesItElsewhere() {
    expectMentions("The court heard [[Dana Whitfield]] on Monday. [[Whitfield]] denied everything.")
  }

  @Test func aWordInsideALongerNameDoesNotMakeTheSameWordANameAtASentenceStart() {
    let text = """
      The [[Coastal Water Safety Authority]] opened an inquiry. “Safety is the first thing we check,” \
      [[Lena Moravec]] said. Water levels rose. [[Moravec]] left.
      """
    expectMentions(text)
  }

  @Test func nationalityAdjectivesAreNotActors() {
    expectMentions("Iraqi officials and Iranian diplomats met Kurdish leaders in [[Erbil]].")
  }

  @Test func aNationalityBeforeALongerNameIsSplitOff() {
    expectMentions("Units led by the Iranian [[Kasem Darvi]] crossed the border.")
  }

  @Test func theFirstPartOfAHyphenatedModifierIsAMention() {
    expectMentions("[[Iran]]-backed militias and [[Islamic Revolutionary Guard Corps]]-run cells were blamed.")
  }

  @Test func initialsAndDottedAbbreviationsStayInTheName() {
    expectMentions("Talks between the [[U.S.]] and [[George W. Bush]] aides resumed.")
  }

  @Test func anAcronymBeforeALongerNameIsItsOwnMention() {
    expectMentions("The order came from [[IRGC]] [[Quds Force]] commanders.")
  }

  @Test func unitsAndCommonAcronymsAreNotNames() {
    expectMentions("The new [[Norphone]] holds 16 GB of songs in MP3 format and costs 199 USD.")
  }

  @Test func camelCaseNamesStayWhole() {
    expectMentions("Songs from the [[iTunes Music Store]] play on the [[iPod Touch]].")
  }

  @Test func anHonorificBeforeATitle() {
    let extraction = Fixture.extraction("Mr Justice Anthony Mann ruled for the defence.")
    #expect(extraction.names == ["Anthony Mann"])
  }

  @Test func twoCoordinatedNamesAfterForReadAsOne() {
    expectMentions("She heads the program for [[Coastal Water and Soil Renewal]] at the [[Delmar Institute]].")
    expectMentions("Envoys of [[Jordan]] and [[Egypt]] met. Aides of [[Saleh]] and [[Haddad]] left; [[Omar Saleh]] stayed.")
  }

  @Test func monthsAndDatesAreNotNames() {
    expectMentions("In May 2020, [[Hassan Farid]] left [[Basra]] on Nov. 7.")
  }

  @Test func aLetterAloneIsNoName() {
    expectMentions("The sort runs in O(n) time, wrote [[Hollis]], A. and [[Perrin]], J. in the [[Velmar Review]].")
  }
}
