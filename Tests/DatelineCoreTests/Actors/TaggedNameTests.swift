import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Names the tagger helps with: titles made of common words before a person's name, names with a
/// model number or letters and digits, a given name before a word that is also a title, and a
/// story's main person named by the given name alone.
@Suite struct TaggedNameTests {
  @Test func commonWordsBeforeATitleAreTitleWordsNotActors() {
    let trade = Fixture.extraction("Trade and Industry Secretary Maria Lindqvist opened the plant on Monday.")
    #expect(trade.names == ["Maria Lindqvist"])
    let rule = Fixture.extraction("“The case is closed,” acting Assistant Attorney General Tomas Brandt said.")
    #expect(rule.names == ["Tomas Brandt"])
    #expect(rule.quotes.map(\.speaker) == [rule.actor("Tomas Brandt")?.id])
  }

  @Test func anOrganizationBeforeATitleStaysAnActor() {
    let extraction = Fixture.extraction("Apple CEO Steve Jobs unveiled the phone.")
    #expect(extraction.names == ["Apple", "Steve Jobs"])
  }

  @Test func lettersAndDigitsAreOneName() {
    let extraction = Fixture.extraction("Leaders of the G8 met in Lisbon. The G8 agreed on aid.")
    #expect(extraction.names == ["G8", "Lisbon"])
  }

  @Test func unitsGluedToDigitsAreNotNames() {
    #expect(Fixture.extraction("The 3G network and the 4K screens arrived late.").names == [])
  }

  @Test func aGivenNameBeforeATitleWordIsOnePerson() {
    let extraction = Fixture.extraction("The governor, Mervyn King, raised rates. Mervyn King said prices were rising.")
    #expect(extraction.names == ["Mervyn King"])
    #expect(extraction.actor("Mervyn King")?.kind == .person)
  }

  @Test func namesWithAModelNumberStayWhole() {
    let extraction = Fixture.extraction(
      "The airline ordered ten Airbus A380 jets and one Boeing 787. Apple unveiled iPhone 4 on Monday. "
        + "The S&P 500 fell sharply.")
    #expect(extraction.names.contains("Airbus A380"))
    #expect(extraction.names.contains("Boeing 787"))
    #expect(extraction.names.contains("iPhone 4"))
    #expect(extraction.names.contains("S&P 500"))
    #expect(!extraction.names.contains("A380"))
    #expect(!extraction.names.contains("S&P"))
  }

  @Test func aVerbOfChangeTakenForANounEndsTheIndexName() {
    let index = Fixture.extraction("The FTSE 100 rose 1.2% on Wednesday.")
    #expect(index.names == ["FTSE 100"])
    let place = Fixture.extraction("In Kabul 300 protesters gathered on Wednesday.")
    #expect(place.names == ["Kabul"])
  }

  @Test func amountsAndYearsAfterANameAreNotPartOfIt() {
    let extraction = Fixture.extraction("Apple sold 20 million phones. Shares of Google rose 3 percent. Tasman 1642 maps were found.")
    #expect(extraction.names.contains("Apple"))
    #expect(extraction.names.contains("Google"))
    #expect(!extraction.names.contains { $0.contains("20") || $0.contains("3") || $0.contains("1642") })
  }

  @Test func aNameWithAModelNumberIsNeverAPerson() throws {
    let extraction = Fixture.extraction("Apple unveiled iPhone 4 on Monday, and he said iPhone 4 was thin.")
    let phone = try #require(extraction.actor("iPhone 4"))
    #expect(phone.kind != .person)
  }

  @Test func aSharedGivenNameAloneIsTheStorysMainPerson() throws {
    let extraction = Fixture.extraction(
      "Steve Jobs opened the show. Jobs spoke about phones. Steve Ballmer watched from the floor. "
        + "Jobs smiled. Later Steve thanked the crowd.")
    let jobs = try #require(extraction.actor("Steve Jobs"))
    #expect(jobs.aliases.contains("Steve"))
    #expect(extraction.actor("Steve Ballmer")?.aliases == [])
  }

  @Test func aGivenNameSharedEvenlyNamesNoOne() throws {
    let extraction = Fixture.extraction("Steve Jobs met Steve Ballmer. Steve laughed.")
    #expect(extraction.actor("Steve Jobs")?.aliases == [])
    #expect(extraction.actor("Steve Ballmer")?.aliases == [])
  }
}

/// Speakers named with a title: the place or body a title is held for is not the speaker.
@Suite struct TitleComplementSpeakerTests {
  @Test func thePlaceAnMPSitsForIsNotTheSpeaker() {
    let extraction = Fixture.extraction("Anna Berg visited the plant.\n\n“We must act now,” said the MP for Northfield.")
    let northfield = extraction.actor("Northfield")?.id
    #expect(extraction.quotes.count == 1)
    #expect(extraction.quotes.allSatisfy { $0.speaker == nil || $0.speaker != northfield })
  }

  @Test func aNamedMPIsStillTheSpeaker() {
    let extraction = Fixture.extraction("“The plan is wrong,” said Anna Berg, the MP for Northfield.")
    #expect(extraction.quotes.map(\.speaker) == [extraction.actor("Anna Berg")?.id])
  }

  @Test func aLoneLetterBeforeANumberIsNotAModelName() {
    let extraction = Fixture.extraction("The town of Northfield lies at 41 S 174 E, near Wellington.")
    #expect(!extraction.names.contains { $0.contains("174") })
  }
}

/// Numbers after capitalized common nouns number parts of a text, not models.
@Suite struct ReferenceNumberTests {
  @Test func aCommonNounWithANumberIsAReferenceNotAName() {
    let extraction = Fixture.extraction("The rules are in Section 4 and Volume 44 of the code. Firefox 85 was released.")
    #expect(!extraction.names.contains { $0.contains("4") })
    #expect(extraction.names.contains("Firefox 85"))
  }
}

/// A place that completes a title (`MP for …`) is split from the name written right after it.
@Suite struct TitleComplementNameTests {
  @Test func thePlaceAfterATitleIsSplitFromThePersonAfterIt() {
    let extraction = Fixture.extraction("Conservative MP for Northfield David Carter said the plan was wrong.")
    #expect(extraction.names.contains("David Carter"))
    #expect(extraction.names.contains("Northfield"))
    #expect(!extraction.names.contains { $0.contains("Northfield David") })
  }
}
