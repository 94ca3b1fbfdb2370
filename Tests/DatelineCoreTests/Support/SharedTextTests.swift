import Foundation
import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Shared text keeps short text inline and longer text in chunks that many texts share, reads
/// back as given, and compares as strings do; the merged names and summaries of a timeline are
/// kept that way.
@Suite struct SharedTextTests {
  @Test func shortTextIsInlineAndReadsBack() {
    for string in ["", "Y left", "Tallinn", "é", "🙂 ok"] {
      let text = SharedText(string)
      #expect(text.chunk == nil)
      #expect(text.string == string)
      #expect(text.count == string.utf8.count)
    }
  }

  @Test func longerTextReadsBack() {
    for string in ["Ravenna!", "Mara Quill met Oskar Venn in Tallinn", "Jürgen Ødegård"] {
      let text = SharedText(string)
      #expect(text.chunk != nil)
      #expect(text.string == string)
    }
  }

  @Test func textsSharedByAPoolShareAChunk() {
    var pool = TextPool()
    let first = pool.share(SharedText("Mara Quill met Oskar Venn"))
    let second = pool.share(SharedText("Oskar Venn left Tallinn"))
    let short = pool.share(SharedText("Y left"))
    #expect(first.chunk != nil && first.chunk === second.chunk)
    #expect(short.chunk == nil)
    #expect([first.string, second.string, short.string] == ["Mara Quill met Oskar Venn", "Oskar Venn left Tallinn", "Y left"])
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
    let events = timeline.events.filter { $0.storedSummary.chunk != nil }
    let actors = timeline.actors.filter { $0.storedName.chunk != nil }
    #expect(events.count >= 2)
    #expect(actors.count >= 2)
    #expect(events.allSatisfy { $0.storedSummary.chunk === events[0].storedSummary.chunk })
    #expect(actors.allSatisfy { $0.storedName.chunk === actors[0].storedName.chunk })
  }

  @Test func aBlocksEventsAndActorsShareChunksBeforeTheyAreMerged() {
    let extraction = Fixture.extraction(
      "On Nov. 7, 2021 Mara Quillfeather met Oskar Vennington in Tallinn.\n\nOn Nov. 9, 2021 Oskar Vennington visited Lorimer Castlebridge."
    )
    let events = extraction.events.map(\.event).filter { $0.storedSummary.chunk != nil }
    let actors = extraction.actors.filter { $0.storedName.chunk != nil }
    #expect(events.count >= 2)
    #expect(actors.count >= 2)
    #expect(events.allSatisfy { $0.storedSummary.chunk === events[0].storedSummary.chunk })
    #expect(actors.allSatisfy { $0.storedName.chunk === actors[0].storedName.chunk })
  }

  @Test func jsonWritesSummariesAndNamesFromTheirBytes() throws {
    let timeline = Fixture.timeline(["On Nov. 7, 2021 Mara Quillfeather met \"Oskar\" Vennington in Tallinn.\n\nZoë Brückner left."])
    let decoded = try JSONDecoder().decode(JSONTimeline.self, from: try ExportFormat.json.encoded(timeline))
    #expect(decoded.events.map(\.summary) == timeline.events.map(\.summary))
    #expect(decoded.actors.map(\.name) == timeline.actors.map(\.name))
  }
}
