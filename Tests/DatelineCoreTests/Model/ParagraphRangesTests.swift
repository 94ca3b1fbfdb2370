import Testing
@testable import DatelineCore

/// Paragraph ranges are kept in 8 bytes each and read back as the ranges they were made of.
@Suite struct ParagraphRangesTests {
  @Test func rangesReadBackInOrder() {
    let ranges: ParagraphRanges = [0..<5, 7..<7, 9..<40]
    #expect(Array(ranges) == [0..<5, 7..<7, 9..<40])
    #expect(ranges.count == 3)
    #expect(ranges.last == 9..<40)
  }

  @Test func offsetsUpToFourGibibytesKeepEveryBit() {
    var ranges = ParagraphRanges()
    ranges.append(0x8000_0000..<0xFFFF_FFFF)
    #expect(ranges[0] == 0x8000_0000..<0xFFFF_FFFF)
  }

  @Test func aDocumentKeepsItsParagraphsThisWay() {
    let document = Document(id: 0, name: "t", text: Array("One.\n\nTwo and three.\n".utf8))
    #expect(document.paragraphs == [0..<4, 6..<20])
  }

  @Test func aSliceCountsFromTheWholeList() {
    let ranges: ParagraphRanges = [0..<2, 3..<5, 6..<8]
    #expect(ranges[1..<3].map(\.lowerBound) == [3, 6])
  }
}
