import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Nouns of play (`halftime`, `winger`, `goalkeeper`, `playoff`) are of the sport class: a shot
/// or an injury beside them is play, not an attack.
@Suite struct SportContextKindTests {
  @Test(arguments: [
    "The winger scored with a low shot on Saturday.",
    "Osei levelled before halftime with a low shot on Sunday.",
    "The goalkeeper was injured in the first minute on Saturday.",
    "A crossbar shot settled the playoff on Sunday.",
  ])
  func aShotOrAnInjuryInPlayIsNoAttack(text: String) {
    let kinds = Fixture.timeline([text], published: "2024-04-22").events.map(\.kind)
    #expect(!kinds.isEmpty && !kinds.contains(.attack), "\(kinds)")
  }

  @Test func aShotWithNoPlayBesideItIsStillAnAttack() {
    let kinds = Fixture.timeline(["A guard was injured by a shot on Saturday."], published: "2024-04-22").events.map(\.kind)
    #expect(kinds == [.attack], "\(kinds)")
  }
}
