import Testing

@testable import DatelineCore

/// A quote keeps its ids in 32 bits beside its spans, and every part reads back as it was set.
@Suite struct QuoteStorageTests {
  private let span = SourceSpan(document: 2, start: 10, end: 40, paragraph: 1)
  private let cue = SourceSpan(document: 2, start: 41, end: 55, paragraph: 1)

  @Test func partsReadBackAsSet() {
    var quote = Quote(id: 70_000, span: span, speaker: 0, cue: cue, isIndirect: true)
    #expect(quote.id == 70_000)
    #expect(quote.speaker == 0)
    #expect(quote.cue == cue)
    #expect(quote.isIndirect)
    quote.speaker = nil
    #expect(quote.speaker == nil)
    quote.speaker = 123_456
    quote.id = 3
    #expect(quote.speaker == 123_456)
    #expect(quote.id == 3)
    #expect(Quote(id: 1, span: span).speaker == nil)
    #expect(Quote(id: 1, span: span, speaker: 0) != Quote(id: 1, span: span))
  }

  @Test func aQuoteTakesFortyFourBytes() {
    #expect(MemoryLayout<Quote>.size == 44)
  }
}
