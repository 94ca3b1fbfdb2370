import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Kinds and short forms told by the words around a name in news the code was not written
/// around: products in camel case, landforms, a maker's first word, clubs, a company's posts and
/// a body that speaks after `the`.
@Suite struct UnseenNewsKindCueTests {
  @Test(arguments: [
    "The original zPhone was released in 2007.",
    "Vortek released the new iWand on 12 May 2009.",
  ])
  func aProductInCamelCaseReleasedIsAFounding(text: String) throws {
    let event = try #require(Fixture.timeline([text]).events.first { $0.summary.contains("released") })
    #expect(event.kind == .founding, "\(event.summary)")
  }

  @Test func aLandformAfterANameMakesAPlaceThatNoMuseumTakes() throws {
    let extraction = Fixture.extraction(
      "Fishing boats were stranded in the Kessing estuary on Monday after the tide fell. Her letters were given "
        + "to the Kessing Museum in 2004.")
    let museum = try #require(extraction.actor("Kessing Museum"))
    #expect(!museum.aliases.contains("Kessing"), "\(museum.aliases)")
    #expect(extraction.actor("Kessing")?.kind == .place, "\(extraction.names)")
  }

  @Test func aMakersFirstWordStandsForItBesideItsProduct() throws {
    let extraction = Fixture.extraction(
      "Halvern Appliances is recalling 10,000 kettles sold in Britain. The recall covers the Halvern Brio 2. "
        + "Halvern, founded in 1954, said on Monday that it was sorry.")
    let maker = try #require(extraction.actor("Halvern Appliances"))
    #expect(maker.aliases.contains("Halvern"), "\(extraction.names)")
  }

  @Test func aClubNamedByItsFirstWordOrAsWhereAPlayerMovesIsAnOrganization() {
    let extraction = Fixture.extraction(
      "Wexby City have signed striker Tomas Reyes from Olympique Marlon for £20 million. Reyes scored 14 league "
        + "goals last season. He joined Marlon from Porvenir Central in 2021.")
    #expect(extraction.actor("Olympique Marlon")?.kind == .organization, "\(extraction.actors)")
    #expect(extraction.actor("Olympique Marlon")?.aliases.contains("Marlon") == true, "\(extraction.names)")
    #expect(extraction.actor("Porvenir Central")?.kind == .organization, "\(extraction.actors)")
  }

  @Test func aNameWhosePostsAreACompanysIsAnOrganization() {
    let extraction = Fixture.extraction(
      "Officials said the test had gone well. Shares rose after Vexora's chief executive, Dana Holt, said on "
        + "Monday that the launch would slip.")
    #expect(extraction.actor("Vexora")?.kind == .organization, "\(extraction.actors)")
  }

  @Test func aWordThatSpeaksAfterTheIsABody() {
    let extraction = Fixture.extraction(
      "A man was injured when a tree fell on his car near the town, the Wardenry said on Sunday.")
    #expect(extraction.actor("Wardenry")?.kind == .organization, "\(extraction.actors)")
  }

  @Test func namesAfterADivisionNounAreThePlaces() {
    let extraction = Fixture.extraction(
      "Forecasters issued a red wind warning for counties Dunmara, Kelvey and Orrin on Monday as the storm came ashore.")
    for name in ["Dunmara", "Kelvey", "Orrin"] {
      #expect(extraction.actor(name)?.kind == .place, "\(name): \(extraction.actors)")
    }
  }

  @Test func whatAMayorIsOfIsAPlaceThatNoUniversityTakes() {
    let extraction = Fixture.extraction(
      "Anna Lind was elected mayor of Tarnholm on Sunday. A lecturer at Tarnholm University called the result a surprise.")
    #expect(extraction.actor("Tarnholm")?.kind == .place, "\(extraction.actors)")
  }

  @Test func aNameBeforeItsCouncilIsThePlace() {
    let extraction = Fixture.extraction(
      "Brackley Vale council has suspended its parking scheme six weeks after it began, officials said on Friday.")
    #expect(extraction.actor("Brackley Vale")?.kind == .place, "\(extraction.actors)")
  }

  @Test func whoseHeadOfAWorkIsNamedIsAnOrganization() {
    let extraction = Fixture.extraction(
      "The speakers arrived in a plain box. On Monday, Corvane's head of product, Lena Marsh, said more would follow.")
    #expect(extraction.actor("Corvane")?.kind == .organization, "\(extraction.actors)")
  }

  @Test func aNameLocatedOnACoastAfterACommaIsAPlace() {
    let extraction = Fixture.extraction(
      "Tom Reid has been harbour master at Dunkeld Haven, on Scotland's west coast, since 2011, officials said.")
    #expect(extraction.actor("Dunkeld Haven")?.kind == .place, "\(extraction.actors)")
  }
}
