import Testing

@testable import DatelineCore

/// A packed span list reads back every span it was given, in order and by position, across its
/// groups, whatever the steps between spans; a long list of spans of one document read in order
/// takes under 5 bytes a span, a short one stays unpacked; a list holds its buffer by the buffer's
/// address alone, which a leak checker can follow.
@Suite struct SpanListTests {
  /// Spans that step forward, back, across documents, and to the ends of 32 bits.
  private var awkwardSpans: [SourceSpan] {
    var spans: [SourceSpan] = []
    var generator = SplitMix64(seed: 7)
    for index in 0..<1_000 {
      let start = Int(generator.next() % 5_000_000)
      let length = Int(generator.next() % 300)
      spans.append(
        SourceSpan(
          document: Int(generator.next() % 4), start: start, end: index % 97 == 0 ? start / 2 : start + length,
          paragraph: Int(generator.next() % 90_000)))
    }
    spans.append(SourceSpan(document: 0, start: Int(UInt32.max), end: 0, paragraph: Int(Int32.max)))
    spans.append(SourceSpan(document: Int(Int32.max), start: 0, end: Int(UInt32.max), paragraph: 0))
    spans.append(SourceSpan(document: 3, start: 12, end: 40, paragraph: 1))
    return spans
  }

  @Test func readsEverySpanInOrderAndByPosition() {
    let spans = awkwardSpans
    let list = SpanList(spans)
    #expect(list.count == spans.count)
    #expect(Array(list) == spans)
    for position in spans.indices { #expect(list[position] == spans[position]) }
    #expect(list.last == spans.last)
  }

  @Test func growsOneSpanAtATime() {
    let spans = awkwardSpans
    var list = SpanList()
    #expect(list.isEmpty)
    #expect(list.last == nil)
    for span in spans { list.append(span) }
    #expect(Array(list) == spans)
    #expect(list[SpanList.groupSize] == spans[SpanList.groupSize])
    #expect(list[SpanList.groupSize - 1] == spans[SpanList.groupSize - 1])
  }

  @Test func aCopyKeepsItsOwnSpans() {
    let spans = awkwardSpans
    var list = SpanList(spans[..<40])
    let copy = list
    var walk = list.makeIterator()
    list.append(contentsOf: spans[40...])
    #expect(Array(copy) == Array(spans[..<40]))
    #expect(walk.next() == spans[0])
    #expect(Array(list) == spans)
  }

  @Test func spansOfOneDocumentInOrderTakeUnderFiveBytes() {
    let spans = (0..<10_000).map { SourceSpan(document: 0, start: 37 * $0, end: 37 * $0 + 26, paragraph: 2 * $0) }
    let list = SpanList(spans)
    #expect(list.byteCount < 5 * spans.count)
    #expect(Array(list) == spans)
    let short = SpanList(spans[..<SpanList.plainLimit])
    #expect(short.byteCount == SpanList.plainLimit * MemoryLayout<SourceSpan>.stride)
    #expect(Array(short) == Array(spans[..<SpanList.plainLimit]))
  }

  @Test func aListHoldsItsBufferByItsAddressAlone() {
    #expect(MemoryLayout<SpanList>.size == MemoryLayout<UInt>.size)
    for count in [3, 40] {
      let list = SpanList((0..<count).map { SourceSpan(document: 0, start: $0, end: $0 + 1, paragraph: 0) })
      let word = withUnsafeBytes(of: list) { $0.load(as: UInt.self) }
      // User-space addresses are below 2^47; the bits above are those an enum keeps its case in.
      #expect(word != 0 && word >> 47 == 0, "\(count) spans: \(String(word, radix: 16))")
    }
  }

  @Test func aCopyOfAShortListKeepsItsOwnSpans() {
    let spans = awkwardSpans
    var list = SpanList(spans[..<3])
    let copy = list
    list.append(spans[3])
    #expect(Array(copy) == Array(spans[..<3]))
    #expect(Array(list) == Array(spans[..<4]))
  }

  @Test func mentionsOfAnEventOrActorToldOftenArePacked() {
    let spans = (0..<5_000).map { SourceSpan(document: 1, start: 40 * $0, end: 40 * $0 + 6, paragraph: 2 * $0) }
    var event = EventMentions([spans[0]])
    #expect(event.listBytes == 0)
    for span in spans.dropFirst() { event.append(contentsOf: [span]) }
    var actor = ActorMentions([spans[0]])
    #expect(actor.listBytes == 0)
    for span in spans.dropFirst() { actor.append(span) }
    #expect(event.listBytes < 5 * spans.count)
    #expect(actor.listBytes < 5 * spans.count)
    #expect(Array(event) == spans)
    #expect(Array(actor) == spans)
    #expect(event.map(\.start) == spans.map(\.start))
  }
}
