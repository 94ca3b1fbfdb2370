import DatelineTestSupport
import Testing

@testable import DatelineCore

/// One list of the nouns that name a person by what they do or are in life serves both the
/// actor kinds (an occupation in apposition marks a person) and the speakers (a phrase headed
/// by one can speak).
@Suite struct PersonWordsTests {
  @Test func aNounOfTheListMakesARoleSpeaker() {
    let extraction = Fixture.extraction("“The roof leaked all winter,” one pupil said on Friday.")
    #expect(extraction.directQuotes.map(\.speaker) == ["one pupil"])
  }

  @Test func aNounOfTheListInAppositionMarksAPerson() {
    let extraction = Fixture.extraction("Quorin Daleth, a neighbour of the family, called the police on Friday.")
    #expect(extraction.actor("Quorin Daleth")?.kind == .person)
    // A noun that may name an organization too is not in the list.
    let lender = Fixture.extraction("Quorvane, the parent of three smaller lenders, cut rates on Friday.")
    #expect(lender.actor("Quorvane")?.kind != .person)
  }
}
