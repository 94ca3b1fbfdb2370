import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A text may end on any word, with no stop after it (a fragment, or a block of a long document
/// cut at white space): the words that look one token ahead read no token past its end.
@Suite struct TextEndTests {
  @Test func aTextEndingOnARelativeThatIsReadToItsEnd() {
    let extraction = Fixture.extraction("The clerks who kept the ledger that", published: "2023-05-04")
    #expect(extraction.events.map(\.event.summary) == ["The clerks kept the ledger"])
  }

  @Test(arguments: [
    "Vantor Motors posted a loss in March, compared", "The ferry left on Monday, delayed",
    "The talks collapsed on Monday after", "Prices rose 4% in May, up from", "The council said it would",
  ])
  func aTextEndingOnAWordThatLooksAheadIsReadToItsEnd(text: String) {
    let extraction = Fixture.extraction(text, published: "2023-05-04")
    #expect(!extraction.events.isEmpty, "\(text)")
  }

  @Test func aBlockEndingOnARelativeThatIsReadToItsEnd() {
    // One paragraph longer than a block and the window a cut looks for a sentence end in, so the
    // blocks are cut at white space: the first 420 bytes end on the 11th clause's `that`.
    let clause = "the crews who repaired the road that "
    let text = "On May 2, 2023 " + String(repeating: clause, count: 2_000) + "."
    let document = Fixture.document(text, published: "2023-05-04")
    let extractor = DocumentExtractor(blockBytes: 420)
    #expect(TextBlock.blocks(of: document, size: 420).first.map { text.utf8.prefix($0.range.upperBound).suffix(5) }
      .map { String(decoding: $0, as: UTF8.self) } == " that")
    var timings = StageTimings()
    var events: [Int] = []
    extractor.extract(document, timings: &timings) { extraction, _ in events.append(extraction.events.count) }
    #expect(events.count > 2 && events[0] > 0)
  }
}
