import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Names that the text uses for the same actor end up as one actor with aliases.
@Suite struct AliasTests {
  @Test func aSurnameAfterTheFullName() throws {
    let extraction = Fixture.extraction("Dana Whitfield, a lawyer, spoke first. Later Whitfield left the court.")
    let actor = try #require(extraction.actor("Dana Whitfield"))
    #expect(actor.aliases == ["Whitfield"])
    #expect(actor.kind == .person)
    #expect(actor.mentions.map(extraction.text) == ["Dana Whitfield", "Whitfield"])
    #expect(extraction.actors.count == 1)
  }

  @Test func aShortFormWithAParticle() throws {
    let extraction = Fixture.extraction(
      "Karim Al-Tamimi won the seat. Al-Tamimi thanked voters, and al-Tamimi’s rivals conceded.")
    let actor = try #require(extraction.actor("Karim Al-Tamimi"))
    #expect(actor.aliases == ["Al-Tamimi"])
    #expect(actor.mentions.count == 3)
  }

  @Test func aShortNameBeforeTheFullNameJoinsIt() throws {
    let extraction = Fixture.extraction(
      "Whitfield spoke first, said a clerk. The court then heard Dana Whitfield again.")
    #expect(extraction.names == ["Dana Whitfield"])
    #expect(try #require(extraction.actor("Dana Whitfield")).mentions.count == 2)
  }

  @Test func anAcronymAndItsExpansion() throws {
    let extraction = Fixture.extraction(
      "The Northern Water Compact Authority raised prices. Critics of the NWCA marched. The NWCA did not answer.")
    let actor = try #require(extraction.actor("Northern Water Compact Authority"))
    #expect(actor.aliases == ["NWCA"])
    #expect(actor.kind == .organization)
    #expect(actor.mentions.count == 3)
  }

  @Test func anAcronymBeforeItsExpansion() throws {
    let extraction = Fixture.extraction(
      "The PRF claimed the attack. Analysts say the Popular Resistance Front has grown.")
    let actor = try #require(extraction.actor("Popular Resistance Front"))
    #expect(actor.aliases == ["PRF"])
  }

  @Test func anAcronymSkipsParticlesAndConnectors() throws {
    let extraction = Fixture.extraction("Members of Jaish al-Nasr Brigades attacked. The JNB denied it.")
    let actor = try #require(extraction.actor("Jaish al-Nasr Brigades"))
    #expect(actor.aliases == ["JNB"])
  }

  @Test func alsoKnownAsAndParentheses() throws {
    let extraction = Fixture.extraction(
      "Fighters of Saraya Al-Fajr militias, also known as the Dawn Brigades, withdrew. "
        + "The World Wide Developers Conference (WWDC) opened.")
    let dawn = try #require(extraction.actor("Saraya Al-Fajr"))
    #expect(dawn.aliases == ["Dawn Brigades"])
    #expect(dawn.kind == .group)
    let conference = try #require(extraction.actor("World Wide Developers Conference"))
    #expect(conference.aliases == ["WWDC"])
  }

  @Test func aCapitalUsedForTheState() throws {
    let extraction = Fixture.extraction(
      "Iran denied it. The deal does not go ahead if Tehran does not want it. Tehran’s envoys left. "
        + "Protesters gathered in Tehran.")
    let iran = try #require(extraction.actor("Iran"))
    #expect(iran.aliases == ["Tehran"])
    #expect(iran.mentions.map(extraction.text) == ["Iran", "Tehran", "Tehran"])
    let city = try #require(extraction.actor("Tehran"))
    #expect(city.kind == .place)
    #expect(city.mentions.count == 1)
  }

  @Test func aCapitalBeforeANounItDescribesIsTheCity() throws {
    let extraction = Fixture.extraction(
      "A Paris gallery sold the painting on Monday. Paris police later seized it. Paris says it was stolen.")
    let city = try #require(extraction.actor("Paris"))
    #expect(city.kind == .place)
    #expect(city.mentions.map(extraction.text) == ["Paris", "Paris"])
    #expect(try #require(extraction.actor("France")).aliases == ["Paris"])
  }

  @Test func aCapitalBeforeAPlaceInTheCityIsTheCity() throws {
    let extraction = Fixture.extraction("Troops ringed Baghdad’s fortified Green Zone.")
    #expect(extraction.names == ["Baghdad", "Green Zone"])
  }

  @Test func aRoleNounNamesTheHolderOfTheOffice() throws {
    let extraction = Fixture.extraction(
      "Jordan’s prime minister, Laila Haddad, flew home. The prime minister’s convoy was stopped. "
        + "Critics blamed then-prime minister Omar Saleh. Aides said the prime minister was safe.")
    let haddad = try #require(extraction.actor("Laila Haddad"))
    #expect(haddad.aliases == ["the prime minister"])
    #expect(haddad.mentions.map(extraction.text) == ["Laila Haddad", "The prime minister", "the prime minister"])
    let saleh = try #require(extraction.actor("Omar Saleh"))
    #expect(saleh.aliases.isEmpty)
  }

  @Test func aCapitalizedCompoundTitleGivesItsRoleNoun() throws {
    let extraction = Fixture.extraction("Transport Minister Helen Vance welcomed the deal. The minister had met both sides.")
    let vance = try #require(extraction.actor("Helen Vance"))
    #expect(vance.aliases == ["the minister"])
    #expect(vance.mentions.map(extraction.text) == ["Helen Vance", "The minister"])
  }

  @Test func aRoleNounWithTwoHoldersNamesNoOne() throws {
    let extraction = Fixture.extraction(
      "President Ana Ruiz met President Kwame Osei. The president spoke first.")
    #expect(extraction.actors.allSatisfy { $0.aliases.isEmpty })
  }

  @Test func lexiconAliases() throws {
    let extraction = Fixture.extraction("The US and the United States Congress argued. The war against Daesh went on.")
    #expect(try #require(extraction.actor("United States")).aliases == ["US"])
    #expect(try #require(extraction.actor("Islamic State")).aliases == ["Daesh"])
  }

  @Test func aGivenNameAloneNamesTheOnlyPersonWithIt() throws {
    let extraction = Fixture.extraction("Steve Jobs opened the show. Later Steve thanked the crowd.")
    #expect(try #require(extraction.actor("Steve Jobs")).aliases == ["Steve"])
  }

  @Test func aShortNameOfTwoInstitutionsNamesNeither() {
    let extraction = Fixture.extraction("Orchard Records sued Orchard Computer Inc. Orchard denied it.")
    #expect(extraction.names == ["Orchard Records", "Orchard Computer Inc", "Orchard"])
  }

  @Test func differentPeopleWithoutSharedNamesStayApart() {
    let extraction = Fixture.extraction("Dana Whitfield met Omar Saleh. Saleh and Whitfield argued.")
    #expect(extraction.names == ["Dana Whitfield", "Omar Saleh"])
  }

  @Test func aDatelineNamesTheCityAndTheAgencyApart() throws {
    let timeline = Fixture.timeline(["OSLO (Nordwire) - Fishers in Tromsø blocked the harbour on Monday."])
    #expect(!timeline.actors.contains { $0.aliases.contains("Oslo") || $0.aliases.contains("OSLO") })
    #expect(!timeline.actors.contains { $0.aliases.contains("Nordwire") })
    #expect(timeline.events.first?.summary.hasPrefix("Fishers in Tromsø blocked") == true)
  }

  @Test func aRenamedStoreKeepsItsActor() throws {
    let extraction = Fixture.extraction(
      "Norvik Corp opened the Zap Music Store in 2003. The store was renamed to Zap Store in 2006.")
    let actor = try #require(extraction.actor("Zap Music Store"))
    #expect(actor.aliases == ["Zap Store"])
    #expect(extraction.actors.filter { $0.name.hasPrefix("Zap") }.count == 1)
  }

  @Test func aNameRenamedAnotherJoinsIt() throws {
    let extraction = Fixture.extraction("In 1983 the Tarvo Motor Works was renamed Norvik Motors.")
    let actor = try #require(extraction.actor("Tarvo Motor Works"))
    #expect(actor.aliases == ["Norvik Motors"])
  }

  @Test func twoCaptionsRunTogetherGiveThePersonAndTheCompany() throws {
    let extraction = Fixture.extraction(
      "Norvik CEO Jane Porter Norvik Robotics CEO and co-founder Jane Porter opened the fair on Monday.")
    #expect(extraction.actor("Jane Porter")?.kind == .person)
    #expect(extraction.actor("Norvik Robotics") != nil)
    #expect(!extraction.actors.contains { $0.name.contains("Porter Norvik") })
  }
}
