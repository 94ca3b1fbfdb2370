import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A trade's noun the tagger has not seen, opening a sentence before a company's name, describes
/// the company (`Brewer Halm & Sons`); the side a player plays or scores for or against is a club;
/// a title-case line of words the text writes in lower case is a heading, while a line a year
/// follows is a table's title of a work.
@Suite struct CompanyDescriptorAndSideTests {
  @Test(arguments: [
    ("Brewer Halm & Sons said on Monday that sales had slipped.", "Halm & Sons"),
    ("Distiller Orrin & Co cut 40 jobs on Monday.", "Orrin & Co"),
    ("Refiner Ostvane Oil Ltd closed its plant on Monday.", "Ostvane Oil Ltd"),
  ])
  func aTradeBeforeACompanysName(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.names == [name], "\(extraction.names)")
    #expect(extraction.actor(name)?.kind == .organization)
  }

  @Test func aSurnameOfATradeStaysInAPersonsName() {
    let extraction = Fixture.extraction("Teresa Brewer said on Monday that sales had slipped.")
    #expect(extraction.names == ["Teresa Brewer"], "\(extraction.names)")
  }

  @Test(arguments: [
    ("The striker scored 19 goals for Kessling last season, the club said.", "Kessling"),
    ("The midfielder played 40 times for Norrland before he joined the club.", "Norrland"),
    ("The striker made his debut for Tarnholm in the league on Friday.", "Tarnholm"),
    ("The coach said the striker would start against Bramley on Sunday in the league.", "Bramley"),
  ])
  func theSideAPlayerPlaysFor(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor(name)?.kind == .organization, "\(extraction.actors)")
  }

  @Test func aLineOfWordsTheTextWritesInLowerCaseIsAHeading() {
    let text = """
      Dock workers at Ardmore walked out on Monday.

      Grain Exports

      The port handles most of the country's grain exports.
      """
    let extraction = Fixture.extraction(text)
    #expect(!extraction.names.contains("Grain Exports"), "\(extraction.names)")
  }

  @Test func aLineAYearFollowsIsAWorksTitle() {
    let text = """
      Films about time loops

      Source Code

      2011

      A pilot relives the last eight minutes of a stranger's life.
      """
    #expect(Fixture.extraction(text).names.contains("Source Code"))
  }
}
