import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A title of several words written before a person's name (`Deputy Mayor Tom Brandt`) is that
/// person's office: a later `the deputy mayor` names them, though the lexicon lists the title's
/// words only apart; the shorter `the mayor` stays with whoever holds that office.
@Suite struct OfficeAliasTests {
  @Test func aLaterDefiniteTitleNamesItsHolder() throws {
    let extraction = Fixture.extraction(
      "Deputy Mayor Tom Brandt resigned on Friday. “I take full responsibility for the losses,” the deputy mayor said.")
    let brandt = try #require(extraction.actor("Tom Brandt"))
    #expect(brandt.aliases.contains("the deputy mayor"), "\(brandt.aliases)")
    #expect(extraction.quotes.map(\.speaker) == [brandt.id])
  }

  @Test func theShorterOfficeStaysWithItsOwnHolder() throws {
    let extraction = Fixture.extraction(
      """
      Deputy Mayor Tom Brandt resigned on Friday. Mayor Lucy Hale accepted his resignation.
      The deputy mayor said he was sorry. The mayor said a new deputy would be named soon.
      """)
    let brandt = try #require(extraction.actor("Tom Brandt"))
    let hale = try #require(extraction.actor("Lucy Hale"))
    #expect(brandt.aliases.contains("the deputy mayor"), "\(brandt.aliases)")
    #expect(!brandt.aliases.contains("the mayor"), "\(brandt.aliases)")
    #expect(hale.aliases.contains("the mayor"), "\(hale.aliases)")
  }

  @Test func aTitleBeforeACommonNounNamesNoHolder() throws {
    let extraction = Fixture.extraction(
      "Sheriff Tom Hale closed the road on Monday. The sheriff department said it would reopen on Friday.")
    #expect(try #require(extraction.actor("Tom Hale")).aliases.isEmpty)
    let standard = Fixture.extraction(
      "The Official Ethnicity Statistical Standard was revised in 2009. English is the official language.")
    #expect(standard.actors.allSatisfy { !$0.aliases.contains("the official") })
  }

  @Test func aDeputyIsNotTheHolderOfTheOfficeAboveHim() throws {
    let extraction = Fixture.extraction(
      "Deputy Governor Ruth Okon spoke on Tuesday. The deputy governor said rates would rise. The governor said nothing.")
    let okon = try #require(extraction.actor("Ruth Okon"))
    #expect(okon.aliases == ["the deputy governor"])
  }
}
