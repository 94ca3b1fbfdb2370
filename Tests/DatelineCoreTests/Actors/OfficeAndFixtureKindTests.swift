import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Kinds told by the words around a name: an office of state before `of` governs a place (`the
/// health minister of Estmark`), the other side of a fixture in a sports story is a club (`face
/// Marston on Sunday`, `lost 2-1 to Lindmoor`), a trade noun as a verb's object gives a company
/// (`fined drugmaker Tavistel Pharma`); a town the gazetteer holds is no name when its word opens
/// a sentence as an adjective before a noun (`Central banks`), nor a heading of common words in
/// title case (`Project Updates`).
@Suite struct OfficeAndFixtureKindTests {
  @Test(arguments: [
    ("The health minister of Estmark, Jonas Berglund, resigned on Monday.", "Estmark"),
    ("Sanna Holt, the interior minister of Valdria, said the rules were weak.", "Valdria"),
    ("The Mayor of Lisvik opened the bridge on Friday.", "Lisvik"),
  ])
  func anOfficeOfStateGovernsAPlace(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor(name)?.kind == .place, "\(extraction.actors)")
  }

  @Test func aMinisterOfAFieldIsNoPlace() {
    let extraction = Fixture.extraction("The Minister of Health, Anna Brek, said the wards would reopen.")
    #expect(extraction.actor("Health")?.kind != .place, "\(extraction.actors)")
  }

  private let match = """
    Vardon United signed striker Mateo Rask on Tuesday, the club said. He scored 19 goals last season.
    United, who beat Pellham 3-0 at the weekend, host Brackwater on Saturday. They lost 2-1 to Lindmoor in \
    September and face Marston next week.
    """

  @Test(arguments: ["Brackwater", "Lindmoor", "Marston"])
  func theOtherSideOfAFixtureIsAClub(name: String) {
    let extraction = Fixture.extraction(match)
    #expect(extraction.actor(name)?.kind == .organization, "\(extraction.actors)")
  }

  @Test(arguments: [
    "Rovers have won once this season, and Friday's 2-0 loss at home to Harwick left the club bottom of the league.",
    "The club's 4-1 defeat away to Harwick left them bottom of the table in the league.",
    "The club lost 3-0 at home to Harwick on Saturday and sit bottom of the league.",
  ])
  func theSideOfAResultHadAtHomeOrAwayIsAClub(text: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor("Harwick")?.kind == .organization, "\(extraction.actors)")
  }

  @Test func aCountryMetInAFixtureStaysAPlace() {
    let extraction = Fixture.extraction(
      "Belgium faced Panama in Sochi on Monday. Romelu Lukaku scored two goals as Belgium won 3-0 in the league.")
    #expect(extraction.actor("Panama")?.kind == .place, "\(extraction.actors)")
  }

  @Test func aFixtureVerbOutsideSportTellsNothing() {
    let extraction = Fixture.extraction("Dorvik will face Marston Holm in court on Monday, the prosecutor said.")
    #expect(extraction.actor("Marston Holm")?.kind != .organization, "\(extraction.actors)")
  }

  @Test func aTradeNounAfterAVerbMakesACompany() {
    let extraction = Fixture.extraction("A court fined drugmaker Tavistel Pharma 4 million euros on Monday.")
    #expect(extraction.actor("Tavistel Pharma")?.kind == .organization, "\(extraction.actors)")
  }

  @Test func aHeadingInTitleCaseIsNoName() {
    let text = """
      Dock workers at Ardmore walked out on Monday.

      Project Updates

      The port handles most of the grain exports.
      """
    let extraction = Fixture.extraction(text)
    #expect(!extraction.names.contains("Project Updates"), "\(extraction.names)")
  }

  @Test func aTitleTheTextAlsoWritesInASentenceStays() {
    let text = """
      Time-loop films

      Boss Level

      The film Boss Level was released in 2021.
      """
    #expect(Fixture.extraction(text).actor("Boss Level")?.mentions.count == 2)
  }

  @Test func anAdjectiveOpeningASentenceIsNoTown() {
    let extraction = Fixture.extraction(
      "Central banks across the region have kept rates on hold this year, Tomas Reick said on Monday.")
    #expect(!extraction.names.contains("Central"), "\(extraction.names)")
  }
}
