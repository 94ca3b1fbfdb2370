import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A name set off by commas after an organization's or group's kind noun (`a local newspaper,
/// the Caldwick Courier,`) takes the noun's kind; one that opens on a given name, or follows a
/// role's preposition and its object, stays a person's.
@Suite struct KindNounAppositionTests {
  private func kinds(_ text: String) -> [String: Actor.Kind] {
    Dictionary(Fixture.extraction(text).actors.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
  }

  @Test func aNameInAppositionToAKindNounTakesItsKind() {
    let paper = kinds("The inquiry began after a local newspaper, the Caldwick Courier, reported the trips.")
    #expect(paper["Caldwick Courier"] == .organization, "\(paper)")
    let militia = kinds("The attack was claimed by a militia, Saraya Harb, on Monday.")
    #expect(militia["Saraya Harb"] == .group, "\(militia)")
  }

  @Test func aGivenNameInAppositionStaysAPerson() {
    let found = kinds("The report came from a newspaper, Maria Lund, who edits it, said.")
    #expect(found["Maria Lund"] != .organization, "\(found)")
    let role = kinds("A spokeswoman for the union, Mira Talk, said the strike would go ahead.")
    #expect(role["Mira Talk"] == .person, "\(role)")
  }
}
