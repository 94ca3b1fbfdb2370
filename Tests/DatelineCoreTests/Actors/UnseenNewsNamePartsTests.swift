import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Names whose parts the code was not written around: a second connector after an institution's
/// `of`, two fields before an institution that `of` then completes, an elided particle, a station's
/// number, and a landform's abbreviation that is no title.
@Suite struct UnseenNewsNamePartsTests {
  @Test(arguments: [
    ("The Mining and Energy Board of Tarnovia approved the plan on Monday.", "Mining and Energy Board of Tarnovia"),
    ("The club will appeal to the Court of Arbitration for Sport next week.", "Court of Arbitration for Sport"),
    ("The Board of Appeal for Fisheries ruled on Monday.", "Board of Appeal for Fisheries"),
  ])
  func anInstitutionKeepsItsFieldsAndConnectors(text: String, name: String) throws {
    let extraction = Fixture.extraction(text)
    #expect(extraction.names == [name])
    #expect(try #require(extraction.actor(name)).kind == .organization)
  }

  @Test(arguments: [
    ("Vasquez crashed at the Giro d'Italia in May.", "Giro d'Italia"),
    ("The talks were held in the Val d'Orcina on Monday.", "Val d'Orcina"),
  ])
  func anElidedParticleStaysInsideTheName(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.names.contains(name), "\(extraction.names)")
  }

  @Test func aStationsNumberBelongsToItsName() {
    let extraction = Fixture.extraction("Hannah Lyle told BBC Radio 4 on Monday that the plan had failed.")
    #expect(extraction.names.contains("BBC Radio 4"), "\(extraction.names)")
  }

  @Test func anAbbreviationBeforeAParticleIsNoTitle() {
    let extraction = Fixture.extraction(
      "Vasquez attacked on the Col de Tarmelle on Monday. She won the stage by a minute.")
    #expect(!extraction.names.contains("de Tarmelle"), "\(extraction.names)")
    #expect(extraction.actor("Col de Tarmelle")?.kind != .person, "\(extraction.actors)")
  }
}
