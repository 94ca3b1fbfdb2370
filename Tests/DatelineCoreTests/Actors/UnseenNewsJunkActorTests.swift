import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Names in news the code was not written around that are no actors or only part of one: common
/// abbreviations, a notice line shouted in capitals, and an institution shared by two areas or
/// fields joined by `and`.
@Suite struct UnseenNewsJunkActorTests {
  @Test(arguments: [
    "Zellomart raised $2 billion in its IPO on Tuesday.",
    "The bronze ring was made around 1200 BC, the museum said.",
    "GCSE results rose again this summer, the exam board said.",
  ])
  func aCommonAbbreviationIsNoActor(text: String) {
    let extraction = Fixture.extraction(text)
    for name in ["IPO", "BC", "GCSE"] {
      #expect(extraction.actor(name) == nil, "\(extraction.names)")
    }
  }

  @Test func aNoticeShoutedInCapitalsIsNoActor() {
    let extraction = Fixture.extraction("EMBARGOED UNTIL 00:01 FRIDAY\n\nThe council approved the new bridge on Monday.")
    #expect(!extraction.names.contains { $0.contains("EMBARGOED") }, "\(extraction.names)")
  }

  @Test func anInstitutionSharedByTwoAreasIsOneName() {
    let extraction = Fixture.extraction("Gloucester and Severn Police closed the road on Tuesday.")
    #expect(extraction.actor("Gloucester and Severn Police")?.kind == .organization, "\(extraction.names)")
  }

  @Test func theFirstOfTwoJoinedAreasDoesNotStandForTheirInstitution() {
    let extraction = Fixture.extraction(
      "Avon and Somerset Police closed the road on Tuesday. The inquest at Avon Coroner’s Court opened on Friday.")
    let police = extraction.actor("Avon and Somerset Police")
    #expect(police != nil, "\(extraction.names)")
    #expect(police?.aliases.contains("Avon") == false, "\(String(describing: police?.aliases))")
  }

  @Test func aPlaceBeforeAnInstitutionJoinsItButACompanyNameDoesNot() {
    let extraction = Fixture.extraction(
      "Gloucester and Severn Police thanked Tavrin and Holloway Group on Friday, Tavrin said.")
    #expect(extraction.actor("Gloucester and Severn Police") != nil, "\(extraction.names)")
    #expect(extraction.actor("Tavrin") != nil, "\(extraction.names)")
    #expect(extraction.actor("Holloway Group") != nil, "\(extraction.names)")
  }

  @Test(arguments: [
    ("Traditionally New Zealanders have excelled at rugby union.", "New Zealanders"),
    ("Historically Norway has led the world in cross-country skiing.", "Norway"),
    ("Unsurprisingly Harlow Rail raised its fares on Monday.", "Harlow Rail"),
  ])
  func aSentenceAdverbOpeningASentenceIsNoPartOfTheNameAfterIt(text: String, name: String) {
    let extraction = Fixture.extraction(text)
    #expect(extraction.actor(name) != nil, "\(extraction.names)")
    #expect(!extraction.names.contains { $0.hasSuffix("ly") || $0.contains("ly ") }, "\(extraction.names)")
  }

  @Test func aShortWordInLyOrAnAdverbBeforeAParticipleStillOpensAName() {
    let extraction = Fixture.extraction("Daily Planet editors voted to strike on Monday, the union said.")
    #expect(extraction.actor("Daily Planet") != nil, "\(extraction.names)")
    let heading = Fixture.extraction(
      "Frequently Asked Questions are listed on the Kestrel Bank page.\n\nRead the Frequently Asked Questions first.")
    let questions = heading.actor("Frequently Asked Questions")
    #expect(questions?.aliases.isEmpty == true, "\(heading.names), \(String(describing: questions?.aliases))")
  }

  @Test func initialsBeforeTheSurnameOfAPersonNamedBeforeAreNoPartOfTheName() {
    let text = """
      Steve Vance spoke in Cupertino on Monday. Half of those who browse on a phone live in the U.S. \
      Vance also noted that sales rose.
      """
    let extraction = Fixture.extraction(text)
    #expect(!extraction.names.contains("U.S. Vance"), "\(extraction.names)")
    #expect(extraction.quotes.map { extraction.actors[$0.speaker ?? 0].name } == ["Steve Vance"], "\(extraction.names)")
  }
}
