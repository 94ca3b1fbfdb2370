import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A draft event is stored small: a block of a long document holds tens of thousands at once.
@Suite struct EventDraftLayoutTests {
  @Test func aDraftTakesAtMost136Bytes() {
    #expect(MemoryLayout<EventDraft>.stride <= 136)
  }

  /// The summaries of a block's drafts are kept in one pool of bytes, not a string each.
  @Test func theSummariesOfDraftsShareOnePool() throws {
    let document = Fixture.document(
      "Harlow Rail closed its depot in Tessby. The Corvel council opened a library in Amsby.")
    let analysis = TextAnalysis(document)
    let tagged = TaggedText(
      document: document, analysis: analysis, times: TimeTagger.standard.tag(analysis, reference: nil))
    let words = analysis.tokens.indices.map { tagged.string(tokens: $0..<($0 + 1)) }
    let closed = try #require(words.firstIndex(of: "closed"))
    let opened = try #require(words.firstIndex(of: "opened"))
    var accumulator = EventAccumulator(tagged: tagged, reference: nil)
    let told = [(closed, "Harlow Rail closed its depot in Tessby"), (opened, "The Corvel council opened a library")]
    for (trigger, summary) in told {
      accumulator.add(
        EventMention(
          origin: .verb, kind: .other, date: nil, tokens: (trigger - 2)..<(trigger + 3), trigger: trigger,
          isPlural: false, summary: summary, actors: []))
    }
    let drafts = accumulator.takeDrafts()
    #expect(drafts.count == 2)
    #expect(drafts[0].summary.string == "Harlow Rail closed its depot in Tessby")
    #expect(drafts[1].summary.string == "The Corvel council opened a library")
    let pools = [drafts[0], drafts[1]].map { $0.summary.storage.map(ObjectIdentifier.init) }
    #expect(pools[0] != nil && pools[0] == pools[1])
  }
}
