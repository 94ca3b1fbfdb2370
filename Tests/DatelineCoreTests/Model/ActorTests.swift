import Testing

@testable import DatelineCore

/// An actor keeps its numbers in 32 bits, so that a timeline of many actors stays small, and
/// reads them back as it was given them.
@Suite struct ActorTests {
  @Test func anActorTakesFortyEightBytesItsOnlyMentionIncluded() {
    #expect(MemoryLayout<Actor>.stride == 48)
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

  @Test func aliasesStayWhenTheMentionsChange() {
    let first = SourceSpan(document: 0, start: 0, end: 4, paragraph: 0)
    let second = SourceSpan(document: 0, start: 20, end: 24, paragraph: 1)
    var actor = Actor(id: 0, name: "Mara Quill", kind: .person, aliases: ["Quill"], mentions: [first])
    actor.mentions.append(second)
    #expect(actor.aliases == ["Quill"])
    #expect(Array(actor.mentions) == [first, second])
    actor.mentions = [first]
    actor.aliases.append("the envoy")
    #expect(actor.aliases == ["Quill", "the envoy"])
    #expect(Array(actor.mentions) == [first])
    actor.aliases = []
    #expect(actor.mentions.listBytes == 0)
  }

  @Test func actorsDifferByTheirAliases() {
    let span = SourceSpan(document: 0, start: 0, end: 4, paragraph: 0)
    let actor = Actor(id: 1, name: "Mara Quill", kind: .person, mentions: [span])
    var named = actor
    named.aliases = ["Quill"]
    #expect(actor != named)
    #expect(actor.mentions == named.mentions)
    named.aliases = []
    #expect(actor == named)
    #expect(actor.hashValue == named.hashValue)
  }
}
