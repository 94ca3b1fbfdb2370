import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A name written after its owner's possessive (`the Wrens’ label Orchard Corps`) carries the
/// owner in an alias, the spelling that tells it from another `Orchard`.
@Suite struct OwnerNameTests {
  @Test func aLabelAfterItsBand() throws {
    let extraction = Fixture.extraction(
      "The Wrens’ label Orchard Corps sued Orchard Computer on Monday. Orchard Corps wants damages.")
    let label = try #require(extraction.actor("Orchard Corps"))
    #expect(label.aliases == ["Wrens’ Orchard Corps"])
  }

  @Test func aPossessiveRightBeforeTheName() throws {
    let extraction = Fixture.extraction("Halvard Group’s Zentrix Bank lost money, the Zentrix Bank said.")
    let bank = try #require(extraction.actor("Zentrix Bank"))
    #expect(bank.aliases == ["Halvard Group’s Zentrix Bank"])
  }

  @Test func aDescriptionAndACommaBetween() throws {
    let extraction = Fixture.extraction("It settled with the Wrens’ record company, Orchard Corps, last year.")
    #expect(try #require(extraction.actor("Orchard Corps")).aliases == ["Wrens’ Orchard Corps"])
  }

  @Test func aPersonTakesNoOwner() throws {
    let extraction = Fixture.extraction("Norvik Corp’s chief executive, Ilse Marvik, resigned on Monday.")
    #expect(try #require(extraction.actor("Ilse Marvik")).aliases.isEmpty)
  }

  @Test func aVerbBetweenIsNoDescription() throws {
    let extraction = Fixture.extraction("The Wrens’ fans cheered Orchard Corps, a label, on Monday.")
    #expect(try #require(extraction.actor("Orchard Corps")).aliases.isEmpty)
  }

  @Test func aPersonOwnsNoAlias() throws {
    let extraction = Fixture.extraction("Anna Lindqvist’s alliance, Sayra Bloc, won 12 seats, Lindqvist said.")
    #expect(try #require(extraction.actor("Sayra Bloc")).aliases.isEmpty, "\(extraction.actors)")
  }
}
