import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A pronoun agrees with what it stands for: `she` with a person, never with a name written after
/// `the` (`the Daily Courier`), and `they` with the plural noun nearer to it (`warned investors
/// that they`), not with an organization named before.
@Suite struct PronounAgreementTests {
  private func actors(of words: String, in text: String) throws -> [String] {
    let timeline = Fixture.timeline([text], published: "2024-03-10")
    return try #require(timeline.actorNames(ofEventWith: words), "\(timeline.events.map(\.summary))")
  }

  @Test func sheIsNoNewspaperNamedAfterThe() throws {
    let courier = """
      The Daily Courier reported on Monday that Helen Marsh will seek a third term as mayor.
      She first ran for office in 2010.
      """
    #expect(try !actors(of: "ran for office", in: courier).contains("Daily Courier"))
    let ledger = """
      The Valley Ledger said on Friday that Rosa Kemp had won the seat.
      She first stood for the council in 2012.
      """
    #expect(try !actors(of: "stood for the council", in: ledger).contains("Valley Ledger"))
  }

  @Test func theyStandsForTheNearerPluralNoun() throws {
    let told = """
      Norland Freight told drivers on Monday that they would lose their jobs in March.
      """
    #expect(try !actors(of: "lose their jobs", in: told).contains("Norland Freight"))
  }
}
