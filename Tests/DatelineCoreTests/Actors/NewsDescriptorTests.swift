import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Words news writes before a name that are not part of it: describing adjectives (`Rival`,
/// `Beleaguered`) and `U.S.` before a longer name; names that open on an adjective of their own
/// keep it.
@Suite struct NewsDescriptorTests {
  private func kinds(_ text: String) -> [String: Actor.Kind] {
    Dictionary(uniqueKeysWithValues: Fixture.extraction(text).actors.map { ($0.name, $0.kind) })
  }

  @Test func aDescribingAdjectiveIsSplitOffWithoutOtherMentions() {
    let found = kinds("Rival Lumetric Devices slid 6% on Monday. Beleaguered Ostrava Mining asked for help.")
    #expect(found["Lumetric Devices"] == .organization)
    #expect(found["Ostrava Mining"] == .organization)
    #expect(found["Rival Lumetric Devices"] == nil)
    #expect(found["Beleaguered Ostrava Mining"] == nil)
  }

  @Test func namesThatOpenOnAnAdjectiveKeepIt() {
    let found = kinds(
      "General Motors said on Friday it would build a plant. Royal Dutch Shell reported profits on Monday. "
        + "The United Nations met in New York on Tuesday. Northern Rock was taken over in 2008. "
        + "The Liberal Democrats won seats on Thursday.")
    let names = ["General Motors", "Royal Dutch Shell", "United Nations", "New York", "Northern Rock", "Liberal Democrats"]
    for name in names {
      #expect(found[name] != nil, "\(name) in \(found.keys.sorted())")
    }
  }

  @Test func initialsOfACountryBeforeALongerNameAreSplitOff() {
    let found = kinds("U.S. West Texas Intermediate crude rose 2% on Monday.")
    #expect(found["West Texas Intermediate"] == .product)
    #expect(found["United States"] == .place)
  }

  @Test func initialsStayInACompanysNameOrAPlace() {
    let found = kinds("U.S. Bancorp Holdings said on Monday profits rose. Storms hit the U.S. Virgin Islands on Tuesday.")
    #expect(found["U.S. Bancorp Holdings"] == .organization)
    #expect(found["U.S. Virgin Islands"] == .place)
  }
}
