import Testing

@testable import DatelineCore

/// One document's events never merge with each other in the merger: not when both are new, and
/// not when the first of them joined an event of an earlier document.
@Suite struct SameDocumentMergeTests {
  private static func arrest(_ document: Int, at start: Int) throws -> DocumentEvent {
    let span = SourceSpan(document: document, start: start, end: start + 40, paragraph: start / 100)
    let date = EventDate(value: try #require(TimeValue(timex: "2021-05-03")), expression: span)
    let event = Event(
      id: start / 100, date: date, kind: .arrest, summary: "Police arrested Mara Quill in Tallinn", actors: [0],
      mentions: [span])
    return DocumentEvent(event: event, position: start, neighbour: nil, neighbourFollows: false, word: "arrest")
  }

  @Test func aDocumentsSecondTellingDoesNotJoinWhatItsFirstJoined() throws {
    var merger = EventMerger()
    merger.add([try Self.arrest(0, at: 0)], document: 0, actorIDs: [0], quoteIDs: [])
    merger.add([try Self.arrest(1, at: 0), try Self.arrest(1, at: 100)], document: 1, actorIDs: [0], quoteIDs: [])
    let events = merger.takeEvents()
    #expect(events.count == 2)
    #expect(events.map { $0.mentions.map(\.document) } == [[0, 1], [1]])
  }

  @Test func aDocumentsOwnEventsStayApart() throws {
    var merger = EventMerger()
    merger.add([try Self.arrest(0, at: 0), try Self.arrest(0, at: 100)], document: 0, actorIDs: [0], quoteIDs: [])
    #expect(merger.takeEvents().count == 2)
  }
}
