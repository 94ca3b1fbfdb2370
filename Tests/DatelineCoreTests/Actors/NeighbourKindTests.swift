import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Names of no kind of their own take one from the words next to them: a person's name in a list
/// with a person, and a one-word place where people live or hold posts.
@Suite struct NeighbourKindTests {
  private func kind(_ name: String, in text: String) throws -> Actor.Kind {
    try #require(Fixture.extraction(text).actor(name), "\(Fixture.extraction(text).names)").kind
  }

  @Test func aNameInAListWithAPersonIsAPerson() throws {
    let text = "Kellford captain Joe Mensah missed a penalty. Kellford scored through Mensah and Dani Ortiz."
    #expect(try kind("Dani Ortiz", in: text) == .person)
    #expect(try kind("Milo Rask", in: "Petra Kline won the race. Kline and Milo Rask had led the campaign.") == .person)
  }

  @Test func aPersonLastInALongListMakesEveryNameOfItAPerson() {
    let names = ["Kobari Senlu", "Rivi Dantor", "Melko Garpe", "Norlu Bavi", "Senta Korim", "Dorvi Lutan"]
    let extraction = Fixture.extraction("On Nov. 7, 2021 the prize went to \(names.joined(separator: ", ")) and Tom Reed.")
    for name in names + ["Tom Reed"] {
      #expect(extraction.actor(name)?.kind == .person, "\(name): \(extraction.names)")
    }
  }

  @Test func aListWithNoPersonGivesNoPerson() throws {
    #expect(try kind("Tarsk Halden", in: "Crews from Velmor Bay and Tarsk Halden were sent on Monday.") != .person)
  }

  @Test func oneCapitalizedWordWherePeopleHoldPostsIsAPlace() throws {
    #expect(try kind("Cork", in: "Union officials in Cork said they had not been consulted.") == .place)
    #expect(try kind("Cork", in: "Residents in Cork said the water was brown.") == .place)
  }
}
