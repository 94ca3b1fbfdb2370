import Testing

@testable import DatelineCore

/// A large document is cut into blocks of whole paragraphs, a paragraph too long for a block at
/// the end of a sentence; a block's analysis has the tokens and sentences of the whole text's
/// analysis that lie in it, with the same offsets and paragraph numbers.
@Suite struct TextBlockTests {
  private func document(_ text: String) -> Document {
    Document(id: 0, name: "test", text: Array(text.utf8))
  }

  private func texts(_ blocks: [TextBlock], of document: Document) -> [String] {
    blocks.map { document.string($0.range) }
  }

  @Test func paragraphsStayWholeWhileTheyFit() {
    let document = document("Aa aa.\n\nBb bb.\n\nCc cc.\n\nDd dd.")
    let blocks = TextBlock.blocks(of: document, size: 16)
    #expect(texts(blocks, of: document) == ["Aa aa.\n\nBb bb.", "Cc cc.\n\nDd dd."])
    #expect(blocks.map(\.paragraphs) == [0..<2, 2..<4])
  }

  @Test func aDocumentThatFitsIsOneBlock() {
    let document = document("Aa aa.\n\nBb bb.")
    #expect(TextBlock.blocks(of: document, size: 100) == [TextBlock(range: 0..<14, paragraphs: 0..<2)])
  }

  @Test func aLongParagraphIsCutAtTheEndOfASentence() {
    let document = document("The vote was on Nov. 7 in the capital. Turnout was low. Results came late.\n\nIt ended.")
    let blocks = TextBlock.blocks(of: document, size: 14)
    #expect(
      texts(blocks, of: document) == [
        "The vote was on Nov. 7 in the capital.", " Turnout was low. Results came late.", "It ended.",
      ])
    #expect(blocks.map(\.paragraphs) == [0..<1, 0..<1, 1..<2])
  }

  @Test func aBlockHoldsNoMoreThanTheParagraphLimit() {
    let document = document("Aa.\n\nBb.\n\nCc.\n\nDd.\n\nEe.")
    let blocks = TextBlock.blocks(of: document, size: 1000, paragraphLimit: 2)
    #expect(blocks.map(\.paragraphs) == [0..<2, 2..<4, 4..<5])
    #expect(texts(blocks, of: document) == ["Aa.\n\nBb.", "Cc.\n\nDd.", "Ee."])
  }

  @Test func theRestOfAParagraphWithNoSentenceEndNearIsOneSentence() {
    let document = document("one two three four five six")
    #expect(texts(TextBlock.blocks(of: document, size: 6), of: document) == ["one two three four five six"])
  }

  @Test func aParagraphWithNoSentenceEndInTheWindowIsCutAtWhiteSpace() {
    let document = document(String(repeating: "word ", count: 30_000) + "end")
    let blocks = TextBlock.blocks(of: document, size: 50_000)
    #expect(blocks.map(\.range) == [0..<50_004, 50_004..<150_003])
  }

  @Test func aRunWithNoWhiteSpaceIsCutWhereTheBlockIsFull() {
    let document = document(String(repeating: "x", count: 200_000))
    let blocks = TextBlock.blocks(of: document, size: 40_000)
    #expect(blocks.map(\.range) == [0..<40_000, 40_000..<80_000, 80_000..<120_000, 120_000..<200_000])
  }

  @Test func aBlockOfDenseTokensIsCutByItsTokensBeforeItsBytes() {
    let document = document(String(repeating: "a;", count: 300_000))
    let blocks = TextBlock.blocks(of: document, size: 1 << 20)
    #expect(TextBlock.tokenLimit == 65_536)
    // The last 75,712 bytes stay whole: a run with no white space is not cut where its cut
    // window reaches the paragraph's end.
    #expect(blocks.count == 9)
    #expect(blocks.dropLast().allSatisfy { $0.range.count == 65_536 })
    #expect(blocks.last?.range == 524_288..<600_000)
  }

  @Test func sixHundredKilobytesOfNewsAreExtractedInThreeBlocks() {
    let paragraph =
      "On May 4 the harbor council voted to close the old pier, and the mayor said repairs would start in June. "
      + "Fishermen who use the pier asked for a delay until the autumn season ends.\n"
    let document = document(String(repeating: paragraph, count: 600_000 / paragraph.utf8.count + 1))
    let blocks = TextBlock.blocks(of: document, size: DocumentExtractor.defaultBlockBytes)
    let isCut = DocumentExtractor().isCutIntoBlocks(document)
    #expect(isCut)
    #expect(blocks.count == 3)
    #expect(blocks.allSatisfy { $0.range.count <= 1 << 18 })
  }

  @Test func wordsAndOtherBytesCountAsTokensAndWhiteSpaceDoesNot() {
    let text = Array("Aa bb, 12 cc.".utf8)
    #expect(TextBlock.fullAt(text, from: 0, size: 100, tokenLimit: 4) == 10)
    #expect(TextBlock.fullAt(text, from: 3, size: 100, tokenLimit: 5) == 103)
    #expect(TextBlock.fullAt(text, from: 0, size: 4, tokenLimit: 1) == 3)
  }

  @Test func aBlockAnalysisHasTheWholeAnalysisTokensAndSentencesInIt() {
    let document = document("First one here. Second one.\n\nThird one.\n\nFourth one. Fifth one.")
    let whole = TextAnalysis(document)
    let blocks = TextBlock.blocks(of: document, size: 5)
    #expect(blocks.map(\.range) == [0..<15, 15..<27, 29..<39, 41..<52, 52..<63])
    let parts = blocks.map { TextAnalysis(document, block: $0) }
    #expect(parts.flatMap(\.tokens) == whole.tokens)
    #expect(parts.flatMap { $0.sentences.map(\.range) } == whole.sentences.map(\.range))
    #expect(parts.flatMap { $0.sentences.map(\.paragraph) } == [0, 0, 1, 2, 2])
  }
}
