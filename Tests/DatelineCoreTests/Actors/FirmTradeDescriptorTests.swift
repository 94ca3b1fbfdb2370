import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A noun of a firm's trade opening a sentence (`Developer`, a compound such as `Housebuilder`)
/// is split off the one-word name after it and makes it an organization; a body's noun before a
/// name outweighs a landform closing it.
@Suite struct FirmTradeDescriptorTests {
  private func kinds(_ text: String) -> [String: Actor.Kind] {
    Dictionary(uniqueKeysWithValues: Fixture.extraction(text).actors.map { ($0.name, $0.kind) })
  }

  @Test(arguments: [
    ("Developer Norwind has submitted plans for 400 homes.", "Norwind"),
    ("Housebuilder Oakmere said on Monday that profits fell.", "Oakmere"),
    ("Shipbuilder Tarvane won an order for two ferries.", "Tarvane"),
    ("Steelmaker Korrin will close its plant in June.", "Korrin"),
  ])
  func aTradeNounOpeningTheSentenceIsSplitOffAndMakesAFirm(text: String, name: String) {
    let found = kinds(text)
    #expect(found[name] == .organization, "\(found)")
    #expect(found.count == 1, "\(found)")
  }

  @Test func aNounOfAThingInErKeepsTheNameItOpens() {
    let found = kinds("Ginger Nut sent him to the office on Monday.")
    #expect(found["Nut"] == nil, "\(found)")
  }

  @Test(arguments: [
    ("Campaign group Save Eastfield Coast said the plan would destroy the dunes.", "Save Eastfield Coast"),
    ("Pressure group Protect Marlow Beach said it would appeal.", "Protect Marlow Beach"),
    ("The residents' group Keep Alder Valley said the road was unsafe.", "Keep Alder Valley"),
  ])
  func aBodysNounBeforeANameOutweighsALandformClosingIt(text: String, name: String) {
    let found = kinds(text)
    #expect([.organization, .group].contains(found[name]), "\(found)")
  }
}
