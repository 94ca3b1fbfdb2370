import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Merged events with the same single actor share one list; events with the same two actors
/// keep lists of their own, so that a long list of different pairs keeps no table of them.
@Suite struct ActorListSharingTests {
  private static func storage(_ actors: [Int]) -> UnsafeRawPointer? {
    actors.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
  }

  @Test func oneActorListsAreSharedAndPairsAreNot() throws {
    let timeline = Fixture.timeline([
      "Mara Quill resigned on May 3, 2021. Mara Quill returned on May 9, 2021.\n\n"
        + "Mara Quill met Oskar Venn on May 12, 2021. Mara Quill met Oskar Venn again on June 5, 2021."
    ])
    let single = timeline.events.filter { $0.actors.count == 1 }
    let pairs = timeline.events.filter { $0.actors.count == 2 }
    try #require(single.count >= 2 && pairs.count >= 2)
    #expect(single[0].actors == single[1].actors)
    #expect(Self.storage(single[0].actors) == Self.storage(single[1].actors))
    #expect(pairs[0].actors == pairs[1].actors)
    #expect(Self.storage(pairs[0].actors) != Self.storage(pairs[1].actors))
  }
}
