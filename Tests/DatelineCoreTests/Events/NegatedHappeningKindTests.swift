import DatelineTestSupport
import Testing

@testable import DatelineCore

/// An event word told as not happening by a negative quantifier (`No one died`, `No deaths have
/// been reported`) gives its clause no kind; an event named beside it still does (`Nobody was
/// killed in the blast`: the blast happened).
@Suite struct NegatedHappeningKindTests {
  private func kinds(_ text: String) -> [Event.Kind] {
    Fixture.timeline([text], published: "2024-10-08").events.map(\.kind)
  }

  @Test(arguments: [
    "No deaths have been reported.",
    "No one died when the roof fell in on Monday.",
    "Nobody died in the crush on Monday.",
    "No new arrests were made on Tuesday.",
  ])
  func aHappeningToldAsNotHappeningIsOfNoKind(text: String) {
    let found = kinds(text)
    #expect(!found.isEmpty && found.allSatisfy { $0 == .other }, "\(found)")
  }

  @Test func anEventNamedBesideItKeepsItsKind() {
    #expect(kinds("No soldiers were hurt in the attack on Monday.") == [.attack])
    #expect(kinds("Two people died on Monday.") == [.death])
  }
}
