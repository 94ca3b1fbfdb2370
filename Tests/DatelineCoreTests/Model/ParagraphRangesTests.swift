import Testing
@testable import DatelineCore

/// Paragraph ranges are kept in 6 bytes each and read back as the ranges they were made of,
/// however long.
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

  @Test func aRangeTakesSixBytesAndALongOneReadsBackWhole() {
    var ranges = ParagraphRanges((0..<1_000).map { 40 * $0..<40 * $0 + 26 })
    #expect(ranges.byteCount == 6 * 1_000)
    ranges.append(50_000..<50_000 + 65_535)
    ranges.append(200_000..<200_000 + 65_534)
    ranges.append(300_000..<4_000_000)
    #expect(Array(ranges.suffix(4)) == [39_960..<39_986, 50_000..<115_535, 200_000..<265_534, 300_000..<4_000_000])
    #expect(ranges == ParagraphRanges(Array(ranges)))
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
