import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Kinds of names a reader types at once that no lexicon holds: companies by their legal form or
/// trade, institutions by their head noun, small towns by the words around them, the dead, named
/// products and works, newspapers with an article of their own language, saints' towns and
/// leagues.
@Suite struct ContextKindTests {
  @Test(arguments: [
    ("Fjellstad Marine AS cut 40 jobs on Monday.", "Fjellstad Marine AS"),
    ("Orrefors Kraft AB reported a loss for the quarter on Thursday.", "Orrefors Kraft AB"),
    ("Weissdorn GmbH opened a second plant in March.", "Weissdorn GmbH"),
    ("Koivisto Paper Oyj agreed on Friday to sell its mill.", "Koivisto Paper Oyj"),
    ("Brunelli Cavi SpA won the contract in May.", "Brunelli Cavi SpA"),
    ("Van Dalen Bouw NV announced the deal on 4 June.", "Van Dalen Bouw NV"),
    ("Tarnwick Freight cut 120 jobs on Tuesday.", "Tarnwick Freight"),
    ("Hollowmere Nutrition recalled a baby formula on Sunday.", "Hollowmere Nutrition"),
    ("Stenbury Shipping ordered two vessels in April.", "Stenbury Shipping"),
  ])
  func aCompanyByItsLegalFormOrTrade(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor(name)?.kind == .organization, "\(extraction.actors)")
  }

  @Test func aFirmWhoseClauseSaysWhatItRunsIsAnOrganization() {
    let extraction = Fixture.extraction(
      "Islanders met officials from Morvah Kerrow, which runs the crossings to six islands, on Tuesday.")
    #expect(extraction.actor("Morvah Kerrow")?.kind == .organization, "\(extraction.actors)")
  }

  @Test(arguments: [
    ("Two wards at Pellbridge Infirmary were closed on Friday.", "Pellbridge Infirmary"),
    ("Staff at Annerley Clinic went on strike in June.", "Annerley Clinic"),
    ("The Farrowdale Trust bought the estate in 2019.", "Farrowdale Trust"),
    ("Inspectors from the Coldwater Tribunal visited in May.", "Coldwater Tribunal"),
  ])
  func anInstitutionByItsHeadNoun(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor(name)?.kind == .organization, "\(extraction.actors)")
  }

  @Test(arguments: [
    ("Trawlers stayed in the port of Hellisvik on Tuesday.", "Hellisvik"),
    ("The satellite was launched from the launch site at Vardholm on 3 May.", "Vardholm"),
    ("Engineers inspected the factory in Brennock on Monday.", "Brennock"),
    ("Roads were shut in Cairnmore, Scotland, after the storm on Friday.", "Cairnmore"),
    ("Storms cut power in Saint-Evrel on Sunday.", "Saint-Evrel"),
    ("Volunteers cleared the beach at St Orwenna on Saturday.", "St Orwenna"),
  ])
  func aSmallTownByTheWordsAroundIt(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor(name)?.kind == .place, "\(extraction.actors)")
  }

  @Test func theSubjectOfAnObituaryIsAPerson() {
    let extraction = Fixture.extraction(
      "Brannoch Tulley has died at the age of 91, the theatre said on Monday.")
    #expect(extraction.actor("Brannoch Tulley")?.kind == .person, "\(extraction.actors)")
    let second = Fixture.extraction("Vesk Armitage died on Sunday in Leeds.")
    #expect(second.actor("Vesk Armitage")?.kind == .person, "\(second.actors)")
  }

  @Test(arguments: [
    ("The company launched the Tarrock rocket on 9 June.", "Tarrock"),
    ("Orvane said its Pellit smartphone would go on sale in March.", "Pellit"),
    ("Regulators approved a vaccine called Stavrix on Tuesday.", "Stavrix"),
    ("In 1781 he published a book called Le Jardin Ancien about old cults.", "Le Jardin Ancien"),
  ])
  func aNamedProductOrWork(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor(name)?.kind == .product, "\(extraction.actors)")
  }

  @Test(arguments: [
    ("Le Progrès reported on Monday that the mayor would stand down.", "Le Progrès"),
    ("El Correo said on Friday that the vote had been delayed.", "El Correo"),
    ("Die Presse published the letter on 2 March.", "Die Presse"),
  ])
  func aNewspaperWithAnArticleOfItsLanguageIsAnOrganization(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor(name)?.kind == .organization, "\(extraction.actors)")
  }

  @Test func onlyANewspapersCueMakesAnArticleNameAnOrganization() {
    let extraction = Fixture.extraction(
      "Die Rundschau reported the raid on Monday. Troops fought at Gallipoli, Crete, El Dabbara and Cassino in 1942.")
    #expect(extraction.actor("Die Rundschau")?.kind == .organization, "\(extraction.actors)")
    #expect(extraction.actor("El Dabbara")?.kind != .organization, "\(extraction.actors)")
  }

  @Test func aSaintsTownIsAPlaceButNotBeforeANoun() {
    let extraction = Fixture.extraction(
      "Seats are shared by the Saint-Varenne method. Ferries to Saint-Orlaix were cancelled on Monday.")
    #expect(extraction.actor("Saint-Orlaix")?.kind == .place, "\(extraction.actors)")
    #expect(extraction.actor("Saint-Varenne")?.kind != .place, "\(extraction.actors)")
  }

  @Test func initialsInAListOfAuthorsAreNoLegalForm() {
    let extraction = Fixture.extraction(
      "Orsund Kraft AS built a dam in 2019. The study was written by Haldane SA, Brook-Weir M. in 2014.")
    #expect(extraction.actor("Orsund Kraft AS")?.kind == .organization, "\(extraction.actors)")
    #expect(extraction.actor("Haldane SA")?.kind != .organization, "\(extraction.actors)")
  }

  @Test func aLeagueInItsOwnLanguageIsAnOrganization() {
    let extraction = Fixture.extraction("Halsberg won the Norwegian Eliteliga in 2019 and the Austrian Bundesliga in 2021.")
    #expect(extraction.actor("Austrian Bundesliga")?.kind == .organization, "\(extraction.actors)")
  }

  @Test func aPersonNamedInFullKeepsAnArticleInTheSurname() {
    let extraction = Fixture.extraction(
      "Corinne Le Brasseur was elected on Sunday, Le Quotidien reported. Le Brasseur said she would meet the unions.")
    #expect(extraction.actor("Corinne Le Brasseur")?.kind != .organization, "\(extraction.actors)")
    #expect(extraction.actor("Le Quotidien")?.kind == .organization, "\(extraction.actors)")
  }

  @Test func aPersonsPossessiveAndAMonthBesideAPlace() {
    let extraction = Fixture.extraction(
      "In Harrow's view, the plan was sound, Tom Harrow said on Monday. Talks in March at the plant in Kelby failed.")
    #expect(extraction.actor("Tom Harrow")?.kind == .person, "\(extraction.actors)")
    #expect(extraction.actor("March") == nil, "\(extraction.actors)")
    #expect(extraction.actor("Kelby")?.kind == .place, "\(extraction.actors)")
  }
}
