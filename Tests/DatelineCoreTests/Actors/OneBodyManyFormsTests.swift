import DatelineTestSupport
import Testing

@testable import DatelineCore

/// One body is one actor however the article writes it: a number shown once to be a name's stays
/// in it where the text repeats it, a party's members in the plural stand for the party, and a
/// body's noun after the place or quality that says which (`the Ohio bank`) speaks for the body,
/// and a product noun after an owner's name makes the name a product's.
@Suite struct OneBodyManyFormsTests {
  @Test(arguments: [
    "Channel 4 chief executive Lara Wynn praised Tom Hale. Hale joined Channel 4 in 1990 and stayed on Channel 4 for years.",
    "Hale presented the news on Channel 4 for two decades. Channel 4 chief executive Lara Wynn praised him.",
    "Radio 4 presenter Omar Celik left on Monday. He had worked at Radio 4 since 2001.",
  ])
  func aNumberShownToBeANamesStaysInItElsewhere(text: String) {
    let names = Fixture.extraction(text).names
    #expect(names.contains { $0.hasSuffix(" 4") }, "\(names)")
    #expect(!names.contains("Channel") && !names.contains("Radio"), "\(names)")
  }

  @Test func aNumberNeverShownInTheNameStaysACount() {
    let names = Fixture.extraction("Hale worked at Channel 4 chief executive office. Section 4 staff met Section 5 managers.").names
    #expect(!names.contains("Section 5"), "\(names)")
  }

  @Test(arguments: [
    ("The Green Party won four seats on Saturday. The Greens now hold nine seats.", "Green Party", "Greens"),
    ("The Liberal Party lost the vote. The Liberals conceded defeat on Sunday.", "Liberal Party", "Liberals"),
  ])
  func aPartysMembersInThePluralAreTheParty(text: String, party: String, members: String) {
    let actors = Fixture.extraction(text).actors
    #expect(actors.contains { $0.name == party }, "\(actors.map(\.name))")
    #expect(!actors.contains { $0.name == members }, "\(actors.map(\.name))")
  }

  @Test func aPluralOfAnotherWordStaysItsOwn() {
    let names = Fixture.extraction("The Green Party won four seats. The Greenwoods backed the Labour Party.").names
    #expect(names.contains("Greenwoods"), "\(names)")
  }

  @Test(arguments: ["The Ohio bank said", "The regional bank said", "The bank said"])
  func aBodysNounAfterItsPlaceOrQualitySpeaksForTheBodyNamedBefore(opening: String) throws {
    let extraction = Fixture.extraction(
      "Fifth Harbor Bank agreed to buy Tillman Savings on Monday. \(opening) it would keep all branches open.")
    let bank = try #require(extraction.actor("Fifth Harbor Bank"), "\(extraction.names)")
    #expect(extraction.quotes.contains { $0.speaker == bank.id }, "\(extraction.quotes)")
  }

  @Test func aProductNounAfterAnOwnersNameNamesTheProduct() {
    let extraction = Fixture.extraction("The planet was first spotted in 2021 by NASA's TESS satellite.")
    #expect(extraction.actor("TESS")?.kind == .product, "\(extraction.actors.map { ($0.name, $0.kind) })")
  }
}
