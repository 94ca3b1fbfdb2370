import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Kinds that words around a name give when no lexicon knows the name: landforms before `of` or
/// closing it, a title holder named by the title and a place, a possessive before a noun of
/// opinion, a work's title after a work's noun, a person in apposition with an occupation or
/// credited for a photograph or a part, and names written with a mark inside.
@Suite struct NameKindCueTests {
  @Test(arguments: [
    ("A cyclone formed over the Bay of Bengal on Monday.", "Bay of Bengal"),
    ("Fishermen in the Gulf of Carpentaria were told to return to port.", "Gulf of Carpentaria"),
    ("Tankers crossing the Strait of Hormuz were delayed on Tuesday.", "Strait of Hormuz"),
    ("Two ferries collided in the Bight of Benin in May.", "Bight of Benin"),
    ("Ships waited for days in the Bering Strait last winter.", "Bering Strait"),
    ("Ice closed the Vilkitsky Strait in October.", "Vilkitsky Strait"),
  ])
  func aLandformBeforeOfOrClosingTheNameIsAPlace(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor(name)?.kind == .place, "\(extraction.actors)")
  }

  @Test(arguments: [
    ("The Duke of Sussex said on Tuesday he would appeal the ruling.", "Duke of Sussex", "Sussex"),
    ("The Bishop of Leeds told worshippers the church would stay open.", "Bishop of Leeds", "Leeds"),
    ("The Mayor of Bergen announced a new ferry service on Monday.", "Mayor of Bergen", "Bergen"),
    ("On Friday the Earl of Wessex opened the new wing of the hospital.", "Earl of Wessex", "Wessex"),
  ])
  func aTitleOfAPlaceAfterTheNamesItsHolder(text: String, name: String, place: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor(name)?.kind == .person, "\(extraction.actors)")
    #expect(extraction.actor(place) == nil, "\(extraction.actors)")
  }

  @Test func aTitleOfAPlaceBeforeItsHoldersNameLeavesThePlace() {
    let extraction = Fixture.extraction("The President of Kenya, David Kamau, arrived in Berlin on Thursday.")
    #expect(extraction.actor("Kenya") != nil, "\(extraction.names)")
    #expect(!extraction.names.contains { $0.hasPrefix("President") }, "\(extraction.names)")
  }

  @Test func aCompanysPostBeforeOfLeavesTheCompanyItsOwnName() {
    let extraction = Fixture.extraction("Sharon is the CEO of Kestrelin, a start-up that sells hotel rooms.")
    #expect(extraction.actor("Kestrelin") != nil, "\(extraction.names)")
    #expect(!extraction.names.contains { $0.hasPrefix("CEO") }, "\(extraction.names)")
  }

  @Test(arguments: [
    ("The US Department of Defense said the contract was worth $2bn.", "US Department of Defense"),
    ("The UK Ministry of Justice said the prison would close in May.", "UK Ministry of Justice"),
  ])
  func aNationsAcronymBeforeAnInstitutionsOfStaysInIt(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor(name)?.kind == .organization, "\(extraction.actors)")
  }

  @Test(arguments: [
    ("In Harrow's view, the council had acted too late.", "Harrow"),
    ("In Barnet's opinion the talks had failed on Monday.", "Barnet"),
    ("On Tuesday, Ealing's remarks angered the union.", "Ealing"),
    ("In Mbeki's view the talks had failed on Monday.", "Mbeki"),
  ])
  func aPossessiveBeforeANounOfOpinionIsAPerson(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor(name)?.kind == .person, "\(extraction.actors)")
  }

  @Test func aPlacesPossessiveBeforeAnotherNounStaysAPlace() {
    let extraction = Fixture.extraction("In Harrow's schools, classes were cut on Monday.")
    #expect(extraction.actor("Harrow")?.kind == .place, "\(extraction.actors)")
  }

  @Test(arguments: [
    ("Yesterday her novel The Tide Keeper was published.", "Tide Keeper"),
    ("His film The Long Road won a prize in May.", "Long Road"),
    ("Her novel Salt Road sold well in 2019.", "Salt Road"),
    ("The band's album Quiet Harbour sold 20,000 copies.", "Quiet Harbour"),
    ("The play Cold Harbour opened in March.", "Cold Harbour"),
  ])
  func aTitleAfterAWorksNounIsAProduct(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor(name)?.kind == .product, "\(extraction.actors)")
  }

  @Test(arguments: [
    ("The prize went to Oisin Brannagh, a teacher at the school.", "Oisin Brannagh"),
    ("Among the injured was Wairimu Kiprop, a nurse from Eldoret.", "Wairimu Kiprop"),
    ("The victim, Caoimhe Duggan, a student, was 19.", "Caoimhe Duggan"),
    ("Volunteers were led by Tavita Leota, a farmer, on Sunday.", "Tavita Leota"),
  ])
  func anAppositionOfAnOccupationMakesAPerson(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor(name)?.kind == .person, "\(extraction.actors)")
  }

  @Test(arguments: [
    ("The clinic opened in May. Photo by Joaquim Terrell.", "Joaquim Terrell"),
    ("Her parents, played by Iolanthe Marsh and Desmond Kreel, arrive in March.", "Iolanthe Marsh"),
    ("The film, directed by Anouk Verhagen, opens in June.", "Anouk Verhagen"),
  ])
  func aNameCreditedForAPictureOrAPartIsAPerson(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor(name)?.kind == .person, "\(extraction.actors)")
  }

  @Test(arguments: ["Tavish Oyelowo", "Yuhuan Qiao"])
  func namesListedWithAGivenNameArePeople(name: String) {
    let extraction = Fixture.extraction("Many thanks to Tavish Oyelowo, David Kettering and Yuhuan Qiao for their help.")
    #expect(extraction.actor(name)?.kind == .person, "\(extraction.actors)")
  }

  @Test(arguments: ["Ryan Tolliver", "Holly Brennagh", "Sebastian Quorle", "Priya Vantongeren", "Matthias Oberlin"])
  func aCommonGivenNameOpensAPersonsName(name: String) {
    let extraction = Fixture.extraction("The committee thanked \(name) for the work on the new bridge.")
    #expect(extraction.actor(name)?.kind == .person, "\(extraction.actors)")
  }

  @Test func theAuthorOfAWorkIsAPerson() {
    let extraction = Fixture.extraction("The film is based on a novella by Oskar Vallentin, published in 1865.")
    #expect(extraction.actor("Oskar Vallentin")?.kind == .person, "\(extraction.actors)")
  }

  @Test func aCompanyAfterByStaysOpen() {
    let extraction = Fixture.extraction("The plant was bought by Harwick Steel in May.")
    #expect(extraction.actor("Harwick Steel")?.kind != .person, "\(extraction.actors)")
  }

  @Test(arguments: [
    ("E*Trade said its customers had traded more shares in March.", "E*Trade"),
    ("Yahoo! reported a loss in the third quarter.", "Yahoo!"),
    ("Shares in Zoop! fell 4% on Monday.", "Zoop!"),
    ("Which? said the heaters were unsafe.", "Which?"),
  ])
  func aMarkInsideANameKeepsItWhole(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor(name) != nil, "\(extraction.names)")
  }

  @Test(arguments: [
    "Who won the race on Monday? Nobody said.",
    "Did Halvard win? Analysts said it did.",
    "Shares fell on Monday! Traders said the fall would last.",
    "Ruined? ruined is hardly the word for it, she said on Monday.",
    "\"Deranged? deranged is it? I thought he was only tired,\" she said on Monday.",
  ])
  func aQuestionOrExclamationMarkStillEndsASentence(text: String) {
    let extraction = Fixture.extraction(text)
    #expect(!extraction.names.contains { $0.hasSuffix("?") || $0.hasSuffix("!") }, "\(extraction.names)")
  }
}
