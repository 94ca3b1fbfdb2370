import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Where an event's noun happened after `in` is a place, and a participle set off after it
/// speaks for the sentence's subject, not the place; who leads a body is a person; a word no
/// tagger knows that acts on its own `its` past an auxiliary is a name.
@Suite struct EventSiteAndLeaderKindTests {
  @Test(arguments: [
    "Greens leader Ingrid Solberg announced the decision at a press conference in Kastrup, saying her party would quit.",
    "Ingrid Solberg spoke at a rally in Kastrup on Sunday.",
  ])
  func whereAnEventHappenedIsAPlace(sentence: String) throws {
    let extraction = Fixture.extraction(sentence)
    #expect(try #require(extraction.actor("Kastrup"), "\(extraction.names)").kind == .place)
  }

  @Test func aParticipleAfterTheCommaOpensNoApposition() throws {
    let extraction = Fixture.extraction("Ingrid Solberg spoke in Kastrup, saying her party would quit.")
    #expect(try #require(extraction.actor("Kastrup"), "\(extraction.names)").kind != .group)
  }

  @Test func theLeaderOfABodyIsAPerson() throws {
    let extraction = Fixture.extraction("The opposition Social Democrats, led by Karin Holm, have been ahead in every poll.")
    #expect(try #require(extraction.actor("Karin Holm"), "\(extraction.names)").kind == .person)
  }

  @Test func aCompanyLeadingAGroupIsNoPerson() throws {
    let extraction = Fixture.extraction("A consortium led by Harwick Foods bought the port on Monday.")
    #expect(try #require(extraction.actor("Harwick Foods"), "\(extraction.names)").kind != .person)
  }

  @Test func anUnseenWordActingOnItsOwnPastAnAuxiliaryIsAName() {
    let extraction = Fixture.extraction("Estavia has recently tightened checks at its southern ports.")
    #expect(extraction.actor("Estavia") != nil, "\(extraction.names)")
  }
}
