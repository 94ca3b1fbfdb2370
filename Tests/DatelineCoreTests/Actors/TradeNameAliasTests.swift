import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A company named for what it deals in, with a plural common noun the lexicon does not list
/// (`Stonegate Homes`, `Brandle Outfitters`), is named later by its first word alone, as `Harwell
/// Motors` is by `Harwell`; a city before a team's plural stands for itself.
@Suite struct TradeNameAliasTests {
  @Test(arguments: [
    ("Stonegate Homes was fined on Wednesday. Stonegate said it would appeal.", "Stonegate Homes", "Stonegate"),
    ("Brandle Homes lost the case on Monday. Brandle said it was disappointed.", "Brandle Homes", "Brandle"),
  ])
  func theFirstWordStandsForTheCompany(text: String, name: String, short: String) throws {
    let extraction = Fixture.extraction(text)
    let actor = try #require(extraction.actor(name), "\(extraction.names)")
    #expect(actor.aliases == [short])
    #expect(actor.kind != .person)
    #expect(extraction.actor(short) == nil)
  }
}
