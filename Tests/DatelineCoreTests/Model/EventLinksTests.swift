import DatelineTestSupport
import Testing

@testable import DatelineCore

/// An event keeps up to two actors inline: such an event without quotes holds no list of ids, and
/// every list of actors and quotes reads back as it was set.
@Suite struct EventLinksTests {
  private let span = SourceSpan(document: 0, start: 0, end: 4, paragraph: 0)

  @Test func actorsAndQuotesReadBackAsSet() {
    for actorCount in 0...4 {
      for quotes in [[], [7], [8, 9, 10]] {
        let actors = Array((0..<actorCount).map { 100 - $0 * 3 })
        var event = Event(id: 0, date: nil, kind: .meeting, summary: "A met B", actors: actors, quotes: quotes, mentions: [span])
        #expect(event.actors == actors)
        #expect(Array(event.actorIDs) == actors)
        #expect(event.quotes == quotes)
        event.quotes += [11]
        #expect(event.actors == actors)
        #expect(event.quotes == quotes + [11])
        event.actors = actors.reversed()
        #expect(event.actors == actors.reversed())
        #expect(event.quotes == quotes + [11])
      }
    }
  }

  @Test func oneOrTwoActorsWithoutQuotesTakeNoList() {
    #expect(EventLinks(actors: [], quotes: []).hasList == false)
    #expect(EventLinks(actors: [4], quotes: []).hasList == false)
    #expect(EventLinks(actors: [4, 2], quotes: []).hasList == false)
    #expect(EventLinks(actors: [4, 2, 9], quotes: []).hasList)
    #expect(EventLinks(actors: [4, 2], quotes: [1]).hasList)
    #expect(MemoryLayout<EventLinks>.size == 16)
  }

  @Test func oneQuoteBesideAtMostOneActorTakesNoList() {
    for actors in [[], [4]] {
      let links = EventLinks(actors: actors, quotes: [6])
      #expect(links.hasList == false)
      #expect(Array(links.actors) == actors)
      #expect(links.quotes == [6])
      #expect(links == EventLinks(actors: actors, quotes: [6]))
      #expect(links != EventLinks(actors: actors, quotes: [7]))
      #expect(EventLinks(actors: actors, quotes: [6, 7]).hasList)
    }
    #expect(EventLinks(actors: [4], quotes: [0]) != EventLinks(actors: [4], quotes: []))
  }

  @Test func eventsOfAListOfMeetingsKeepTheirPairsInline() throws {
    let timeline = Fixture.timeline([
      "Mara Quill met Oskar Venn on May 12, 2021. Ida Brand met Pavel Ost on June 5, 2021."
    ])
    let pairs = timeline.events.filter { $0.actors.count == 2 }
    try #require(pairs.count == 2)
    #expect(pairs[0].actors != pairs[1].actors)
  }

  @Test func linksCompareByTheirIDs() {
    #expect(EventLinks(actors: [1, 2, 3], quotes: [4]) == EventLinks(actors: [1, 2, 3], quotes: [4]))
    #expect(EventLinks(actors: [1, 2], quotes: [3, 4]) != EventLinks(actors: [1, 2, 3], quotes: [4]))
    #expect(EventLinks(actors: [1], quotes: []) != EventLinks(actors: [1, 2], quotes: []))
  }
}
