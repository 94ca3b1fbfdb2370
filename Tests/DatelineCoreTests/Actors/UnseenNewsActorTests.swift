import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Actors of shapes met in news the code was not written around: nationalities and honours that
/// are no actors, a field before a lower-case office, roads, laws, galleries, companies told by
/// what they have or when they were founded, places listed after a noun for a kind of place.
@Suite struct UnseenNewsActorTests {
  private func kinds(_ text: String) -> [String: Actor.Kind] {
    Dictionary(Fixture.extraction(text).actors.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
  }

  @Test(arguments: [
    ("The Welsh sculptor Nia Probert opened the show on Monday.", "Welsh"),
    ("Her maps of West African rivers were published in 1990.", "West African"),
    ("Surveys of Central Asian lakes began in 2004.", "Central Asian"),
  ])
  func aNationalityBeforeACommonNounIsNoActor(text: String, word: String) {
    let names = Fixture.extraction(text).names
    #expect(!names.contains(word), "\(names)")
  }

  @Test func anHonourSomeoneWasGivenIsNoActor() {
    let names = Fixture.extraction("The engineer was appointed OBE in 2011 for services to shipping.").names
    #expect(!names.contains("OBE"), "\(names)")
  }

  @Test(arguments: ["Education", "Transport"])
  func aFieldBeforeALowercaseOfficeIsNoActor(field: String) {
    let extraction = Fixture.extraction(
      "The \(field) Institute opened in 1990. The talks stalled in May. \(field) minister Ana Rey said on Monday "
        + "that the budget would rise.")
    let words = extraction.actors.flatMap { [$0.name] + $0.aliases }
    #expect(!words.contains(field), "\(words)")
  }
}
