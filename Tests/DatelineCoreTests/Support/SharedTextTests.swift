import Foundation
import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Shared text keeps short text inline and longer text in chunks that many texts share, or as a
/// range of the bytes it was found in, reads back as given, and compares as strings do; the merged
/// names and summaries of a timeline are kept that way, those that are the words of their first
/// mention as ranges of the document's text.
@Suite struct SharedTextTests {
  @Test func shortTextIsInlineAndReadsBack() {
    for string in ["", "Y left", "Tallinn", "é", "🙂 ok"] {
      let text = SharedText(string)
      #expect(text.storage == nil)
      #expect(text.string == string)
      #expect(text.count == string.utf8.count)
    }
  }

  @Test func longerTextReadsBack() {
    for string in ["Ravenna!", "Mara Quill met Oskar Venn in Tallinn", "Jürgen Ødegård"] {
      let text = SharedText(string)
      #expect(text.storage != nil)
      #expect(text.string == string)
    }
  }

  @Test func textsSharedByAPoolShareAChunk() {
    var pool = TextPool()
    let first = pool.share(SharedText("Mara Quill met Oskar Venn"))
    let second = pool.share(SharedText("Oskar Venn left Tallinn"))
    let short = pool.share(SharedText("Y left"))
    #expect(first.storage != nil && first.storage === second.storage)
    #expect(short.storage == nil)
    #expect([first.string, second.string, short.string] == ["Mara Quill met Oskar Venn", "Oskar Venn left Tallinn", "Y left"])
  }

  @Test func aTextSharedAgainIsKeptOnce() {
    var pool = TextPool()
    let first = pool.share(SharedText("The regulator said it would review them"))
    let other = pool.share(SharedText("Halvard Foods cut jobs on Monday"))
    let again = pool.share(SharedText("The regulator said it would review them"))
    let source = SharedBytes(Array("the regulator said it would review them".utf8))
    let notFound = pool.share(SharedText("The regulator said it would review them"), foundIn: source, at: 0..<39)
    #expect(again.string == first.string && other.string == "Halvard Foods cut jobs on Monday")
    first.withUTF8 { bytes in
      again.withUTF8 { #expect($0.baseAddress == bytes.baseAddress) }
      notFound.withUTF8 { #expect($0.baseAddress == bytes.baseAddress) }
      other.withUTF8 { #expect($0.baseAddress != bytes.baseAddress) }
    }
  }

  @Test func textsOfOneSlotAreEachKeptAsTheyAre() {
    var pool = TextPool()
    let texts = (0..<(4 * TextPool.recentSlots)).map { "Meeting number \($0) of the council" }
    let shared = texts.map { pool.share(SharedText($0)) } + texts.reversed().map { pool.share(SharedText($0)) }
    #expect(shared.map(\.string) == texts + texts.reversed())
  }

  @Test func aTextFoundInItsSourceIsARangeOfIt() {
    let source = SharedBytes(Array("On Monday Mara Quill met Oskar Venn in Tallinn.".utf8))
    var pool = TextPool()
    let found = pool.share(SharedText("Mara Quill met Oskar Venn"), foundIn: source, at: 10..<35)
    #expect(found.storage === source)
    #expect(found.string == "Mara Quill met Oskar Venn")
    source.bytes.withUnsafeBufferPointer { bytes in
      found.withUTF8 { #expect($0.baseAddress == bytes.baseAddress! + 10) }
    }
    let elsewhere = pool.share(SharedText("Mara Quill met Oskar Venn"), foundIn: source, at: 9..<34)
    let outside = pool.share(SharedText("Mara Quill met Oskar Venn"), foundIn: source, at: 40..<65)
    let short = pool.share(SharedText("Tallinn"), foundIn: source, at: 39..<46)
    #expect(elsewhere.storage !== source && elsewhere.storage != nil)
    #expect(outside.storage !== source && outside.storage != nil)
    #expect(short.storage == nil)
    #expect([elsewhere.string, outside.string, short.string] == ["Mara Quill met Oskar Venn", "Mara Quill met Oskar Venn", "Tallinn"])
  }

  @Test func mergedNamesAndSummariesThatAreTheirMentionsWordsAreRangesOfTheText() {
    let timeline = Fixture.timeline(["Mara Quillfeather met Oskar Vennington.\nOskar Vennington visited Lorimer Castlebridge."])
    timeline.documents[0].text.withUnsafeBufferPointer { text in
      let actors = timeline.actors.filter { $0.name == timeline.documents[0].string($0.mentions[0].range) }
      let events = timeline.events.filter { $0.summary == timeline.documents[0].string($0.mentions[0].range) }
      #expect(actors.count == 3)
      #expect(events.count == 2)
      for actor in actors {
        actor.storedName.withUTF8 { #expect($0.baseAddress == text.baseAddress! + actor.mentions[0].start) }
      }
      for event in events {
        event.storedSummary.withUTF8 { #expect($0.baseAddress == text.baseAddress! + event.mentions[0].start) }
      }
    }
  }

  @Test func aTextLongerThanAChunkReadsBack() {
    var pool = TextPool()
    let long = String(repeating: "Harbor council ", count: 10_000)
    let first = pool.share(SharedText("Mara Quill met Oskar Venn"))
    let shared = pool.share(SharedText(long))
    #expect(shared.string == long)
    #expect(first.string == "Mara Quill met Oskar Venn")
  }

  @Test func comparesAsStringsDo() {
    let composed = SharedText("Caf\u{E9} owners met")
    let decomposed = SharedText("Cafe\u{301} owners met")
    #expect(composed == decomposed)
    #expect(composed.hashValue == decomposed.hashValue)
    #expect(SharedText("Mara Quill met Oskar") != SharedText("Mara Quill met Oskan"))
  }

  @Test func mergedNamesAndSummariesShareChunks() {
    let timeline = Fixture.timeline([
      "On Nov. 7, 2021 Mara Quillfeather met Oskar Vennington in Tallinn.\n\nOn Nov. 9, 2021 Oskar Vennington visited Lorimer Castlebridge."
    ])
    let events = timeline.events.filter { $0.storedSummary.storage != nil }
    let actors = timeline.actors.filter { $0.storedName.storage != nil }
    #expect(events.count >= 2)
    #expect(actors.count >= 2)
    #expect(events.allSatisfy { $0.storedSummary.storage === events[0].storedSummary.storage })
    #expect(actors.allSatisfy { $0.storedName.storage === actors[0].storedName.storage })
  }

  @Test func aBlocksEventsAndActorsShareChunksBeforeTheyAreMerged() {
    let extraction = Fixture.extraction(
      "On Nov. 7, 2021 Mara Quillfeather met Oskar Vennington in Tallinn.\n\nOn Nov. 9, 2021 Oskar Vennington visited Lorimer Castlebridge."
    )
    let events = extraction.events.map(\.event).filter { $0.storedSummary.storage != nil }
    let actors = extraction.actors.filter { $0.storedName.storage != nil }
    #expect(events.count >= 2)
    #expect(actors.count >= 2)
    #expect(events.allSatisfy { $0.storedSummary.storage === events[0].storedSummary.storage })
    #expect(actors.allSatisfy { $0.storedName.storage === actors[0].storedName.storage })
  }

  @Test func jsonWritesSummariesAndNamesFromTheirBytes() throws {
    let timeline = Fixture.timeline(["On Nov. 7, 2021 Mara Quillfeather met \"Oskar\" Vennington in Tallinn.\n\nZoë Brückner left."])
    let decoded = try JSONDecoder().decode(JSONTimeline.self, from: try ExportFormat.json.encoded(timeline))
    #expect(decoded.events.map(\.summary) == timeline.events.map(\.summary))
    #expect(decoded.actors.map(\.name) == timeline.actors.map(\.name))
  }
}
