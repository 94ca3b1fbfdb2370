import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A model's number after its maker's and model's names inside a determined phrase belongs to the
/// name, and a common given name makes a two-word name a person's.
@Suite struct ModelNumberAndGivenNameTests {
  @Test func aNumberInsideAPossessivesPhraseIsTheModels() {
    let extraction = Fixture.extraction("Korval Electronics said it would recall 200,000 of its Korval Nova 5 phones.")
    #expect(extraction.names.contains("Korval Nova 5"), "\(extraction.names)")
  }

  @Test func aModelAfterItsMakersNameIsTheModelWithout() throws {
    let extraction = Fixture.extraction(
      "Korval Electronics said it would recall 200,000 of its Korval Nova 5 phones. The Nova 5 went on sale in August.")
    #expect(try #require(extraction.actor("Korval Nova 5"), "\(extraction.names)").mentions.count == 2)
  }

  @Test func aCountAfterAVerbStaysACount() {
    let extraction = Fixture.extraction("Fans bought Korval 5 phones each on Monday.")
    #expect(!extraction.names.contains("Korval 5"), "\(extraction.names)")
  }

  @Test func aCommonGivenNameMakesAPerson() throws {
    let extraction = Fixture.extraction("Kelso had led through goals from Jonah Pike in the 17th minute.")
    #expect(try #require(extraction.actor("Jonah Pike")).kind == .person, "\(extraction.names)")
  }
}
