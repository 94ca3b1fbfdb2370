import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Spans and kinds of names the text shapes itself: an acronym in parentheses spelling a name
/// cut by commas, court and title words before a name, ordinals and road numbers inside names,
/// letters after a person's name, a first word standing for the only name it opens, and the
/// words around a name that tell an organization or a place.
@Suite struct ActorSpanAndContextTests {
  @Test(arguments: [
    (
      "The Board for Licensing, Standards and Appeals (BLSA) rejected the bid on Monday.",
      "Board for Licensing, Standards and Appeals", "BLSA"
    ),
    (
      "The National Flood Risk Planning and Response Council (NFRPRC) met on Monday.",
      "National Flood Risk Planning and Response Council", "NFRPRC"
    ),
  ])
  func anAcronymSpellsTheWholeName(text: String, name: String, acronym: String) throws {
    let extraction = Fixture.extraction(text)
    #expect(extraction.names == [name])
    let actor = try #require(extraction.actor(name))
    #expect(actor.aliases == [acronym])
    #expect(actor.kind == .organization)
  }

  @Test func aPlaceNounBeforeATitleIsPartOfTheTitle() throws {
    let extraction = Fixture.extraction("U.S. District Judge Marta Quell set sentencing for March 3.")
    #expect(!extraction.names.contains("District"), "\(extraction.names)")
    #expect(try #require(extraction.actor("Marta Quell")).kind == .person)
  }

  @Test func anOrdinalAfterTheOpensAName() throws {
    let extraction = Fixture.extraction("The 9th Circuit upheld the ban on Monday.")
    #expect(extraction.names == ["9th Circuit"])
    #expect(try #require(extraction.actor("9th Circuit")).kind == .organization)
  }

  @Test(arguments: ["U.S. Highway 191", "Interstate 25", "Route 9"])
  func aRoadsNumberIsPartOfItsNameAndMakesAPlace(road: String) throws {
    let extraction = Fixture.extraction("The fire closed \(road) near the ridge on Tuesday.")
    #expect(extraction.names == [road])
    #expect(try #require(extraction.actor(road)).kind == .place)
  }

  @Test(arguments: [
    ("Prosecutor Tomas Verhoek KC told the jury the firm had lied.", "Tomas Verhoek"),
    ("Anita Brolley KC, for the defence, said the firm was honest.", "Anita Brolley"),
    ("Janet Holroyd MP said on Monday that the plan was sound.", "Janet Holroyd"),
  ])
  func lettersAfterAPersonsNameStayOutOfIt(text: String, name: String) throws {
    let extraction = Fixture.extraction(text)
    #expect(extraction.names.contains(name), "\(extraction.names)")
    #expect(try #require(extraction.actor(name)).kind == .person)
  }

  @Test(arguments: [
    ("Prosecutor Tomas Verhoek KC told the jury that the firm had lied.", "Tomas Verhoek"),
    ("Anita Brolley KC, for the defence, said the firm was honest.", "Anita Brolley"),
    ("Under questioning, the builder's barrister, Anita Brolley KC, suggested the plans were late.", "Anita Brolley"),
  ])
  func aNameBeforeLettersAfterItStillSpeaks(text: String, name: String) throws {
    let extraction = Fixture.extraction(text)
    let speaker = try #require(extraction.actor(name))
    #expect(extraction.quotes.map(\.speaker) == [speaker.id])
  }

  @Test(arguments: [
    ("Tallowmere Mining said the strike was illegal. Tallowmere said its offer was fair.", "Tallowmere Mining"),
    ("Brackwater Homes built the estate in 2019. A Brackwater spokesman said the roofs would be repaired.", "Brackwater Homes"),
  ])
  func aFirstWordStandsForTheOnlyNameItOpens(text: String, name: String) throws {
    let extraction = Fixture.extraction(text)
    #expect(extraction.names == [name])
    #expect(try #require(extraction.actor(name)).kind == .organization)
  }

  @Test(arguments: [
    ("Analysts at Fenwick Stroud said approval was uncertain.", "Fenwick Stroud"),
    ("Shares in Castorly fell 3% on Monday.", "Castorly"),
    ("A Brennock spokesman said on Monday that the firm would appeal.", "Brennock"),
    ("Sales fell, according to research firm Quantiva.", "Quantiva"),
    ("“Demand is weak,” said Priya Ramesh of Stellwick.", "Stellwick"),
    ("Orvanta said its profit rose on Monday.", "Orvanta"),
    ("A former welder at Brannock Vale told the court on Monday that checks were skipped.", "Brannock Vale"),
  ])
  func theWordsAroundANameMakeAnOrganization(text: String, name: String) throws {
    let extraction = Fixture.extraction(text)
    #expect(try #require(extraction.actor(name)).kind == .organization)
  }

  @Test(arguments: [
    ("Schools in Cumbria and Kelmscote will stay closed on Monday.", "Kelmscote"),
    ("Snow fell across Tarrowby, Kelmscote and Wales on Monday.", "Tarrowby"),
    ("A wildfire north of Brackenridge forced evacuations on Monday.", "Brackenridge"),
    ("A quake off Pellucan damaged homes on Tuesday.", "Pellucan"),
    ("The Harnley-based firm cut jobs on Monday.", "Harnley"),
    ("Temperatures fell to -12C in rural Dunmarrow on Monday.", "Dunmarrow"),
  ])
  func theWordsAroundANameMakeAPlace(text: String, name: String) throws {
    let extraction = Fixture.extraction(text)
    #expect(try #require(extraction.actor(name)).kind == .place)
  }
}
