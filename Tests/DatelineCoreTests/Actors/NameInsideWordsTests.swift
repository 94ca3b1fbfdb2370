import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Words that a name holds although they look like something else: a unit or common thing
/// written in capitals that opens a name (`PC World`, `TV Azteca`), and the possessive of the
/// members an organization is named for after the place they come from (`Marlow Bay Fishermen's
/// Association`).
@Suite struct NameInsideWordsTests {
  @Test(arguments: [
    ("According to a review by PC World, the batteries overheat when charging.", "PC World"),
    ("The magazine PC Gamer said the game ran slowly.", "PC Gamer"),
    ("The broadcaster TV Azteca said it would cover the match on Sunday.", "TV Azteca"),
    ("A survey by GPS Insight found that drivers ignored the maps.", "GPS Insight"),
  ])
  func aUnitInCapitalsOpensTheNameAfterIt(text: String, name: String) {
    let names = Fixture.extraction(text).names
    #expect(names.contains(name), "\(names)")
    #expect(!names.contains(String(name.split(separator: " ").last!)), "\(names)")
  }

  @Test(arguments: [
    ("The Marlow Bay Fishermen's Association said catches fell in 2024.", "Marlow Bay Fishermen's Association"),
    ("The Harlow Teachers' Union said it would strike on Monday.", "Harlow Teachers' Union"),
    ("The Oxford Women's Institute said the fair would go ahead.", "Oxford Women's Institute"),
    ("The Bergen Farmers' Federation said prices fell.", "Bergen Farmers' Federation"),
  ])
  func thePossessiveOfTheMembersAfterAPlaceIsInTheName(text: String, name: String) throws {
    let extraction = Fixture.extraction(text)
    #expect(extraction.names == [name])
    let actor = try #require(extraction.actor(name))
    #expect(actor.kind == .organization)
    #expect(extraction.quotes.map(\.speaker) == [actor.id])
  }
}
