import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A given name of two syllables joined by a hyphen, the second in lower case (`Jong-un`,
/// `Dae-jun`), is one word of a person's name; the second part of a modifier is not (`Iran-backed`,
/// `Obama-era rules`).
@Suite struct HyphenatedGivenNameTests {
  @Test func aLowercaseSyllableAfterAHyphenStaysInTheName() {
    expectMentions("Chief executive [[Dae-jun Park]] said sales would recover.")
    expectMentions("[[Kim Jong-un]] met the envoy on Friday.")
    expectMentions("[[Ho-yeon Lee]], [[the coach]], resigned on Monday.")
  }

  @Test func theSecondPartOfAModifierStaysOut() {
    expectMentions("The [[Iran]]-backed [[Houthis]] attacked a ship on Monday.")
    expectMentions("The [[Obama]]-era rules were dropped in March.")
  }

  @Test func aHyphenatedGivenNameTellsAPerson() throws {
    let extraction = Fixture.extraction("The bank hired Hyun-woo Kim on Tuesday.")
    #expect(try #require(extraction.actor("Hyun-woo Kim")).kind == .person)
  }
}
