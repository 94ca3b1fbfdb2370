import Testing

@testable import DatelineCore

/// An actor keeps its numbers in 32 bits, so that a timeline of many actors stays small, and
/// reads them back as it was given them.
@Suite struct ActorTests {
  @Test func anActorTakesFiftySixBytesItsOnlyMentionIncluded() {
    #expect(MemoryLayout<Actor>.stride == 56)
  }

  @Test func theNumbersReadBackAsGiven() {
    var actor = Actor(id: 90_000, name: "Mara Quill", kind: .person, eventCount: 3, quoteCount: 2)
    #expect(actor.id == 90_000)
    #expect(actor.eventCount == 3)
    #expect(actor.quoteCount == 2)
    actor.eventCount += 1
    actor.quoteCount = 0
    actor.id = 7
    #expect((actor.id, actor.eventCount, actor.quoteCount) == (7, 4, 0))
  }

  @Test func actorsDifferByTheirCounts() {
    let actor = Actor(id: 1, name: "Mara Quill", kind: .person)
    var counted = actor
    counted.eventCount = 1
    #expect(actor != counted)
    counted.eventCount = 0
    #expect(actor == counted)
  }
}
