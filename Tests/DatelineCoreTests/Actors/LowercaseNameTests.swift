import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A name written in lower case (`ver.di`, `easyJet`, `de Volkskrant`) right after a noun of an
/// organization (`the union`, `the carrier`, `the newspaper`) is an organization's name; the
/// same words elsewhere are no name.
@Suite struct LowercaseNameTests {
  @Test(arguments: [
    ("The union ver.di called a strike at the port for Monday.", "ver.di"),
    ("The carrier flyTarn cancelled 40 flights on Saturday.", "flyTarn"),
    ("The newspaper de Morgenpost reported the cuts on Friday.", "de Morgenpost"),
    ("The retailer shopVale said sales rose on Tuesday.", "shopVale"),
  ])
  func aLowercaseNameAfterAnOrganizationNounIsOne(text: String, name: String) throws {
    let extraction = Fixture.extraction(text)
    let actor = try #require(extraction.actor(name), "\(extraction.names)")
    #expect(actor.kind == .organization)
  }

  @Test func theSameWordsElsewhereAreNoName() {
    let extraction = Fixture.extraction("The union ver.di called a strike. Details are at ver.di on the web and in de facto terms.")
    #expect(extraction.actors.filter { $0.name.hasPrefix("ver") }.map(\.mentions.count) == [1])
    #expect(extraction.actor("ver.di") != nil)
  }
}
