import Testing

@testable import DatelineCore

/// A page's paragraphs are written into one buffer, and its tree's nodes are small: a page of a
/// hundred thousand short paragraphs holds both at once.
@Suite struct HTMLParagraphsTests {
  @Test func aNodeOfTheTreeTakes16Bytes() {
    #expect(MemoryLayout<HTMLTree.Node>.stride == 16)
  }

  @Test func paragraphsShareOneBufferWithoutTrailingSpaces() {
    var paragraphs = HTMLParagraphs(capacity: 64)
    paragraphs.append(ArraySlice("The ferry ran late ".utf8))
    #expect(paragraphs.lastOpenByte == 0x20)
    paragraphs.end(isListing: false)
    #expect(paragraphs.isOpenEmpty && paragraphs.lastOpenByte == nil)
    paragraphs.append(ArraySlice("  ".utf8))
    paragraphs.end(isListing: false)
    paragraphs.append(ArraySlice("let x = 1".utf8))
    paragraphs.end(isListing: true)
    #expect(paragraphs.count == 2)
    #expect(String(decoding: paragraphs[0], as: UTF8.self) == "The ferry ran late")
    #expect(String(decoding: paragraphs[1], as: UTF8.self) == "let x = 1")
    #expect(paragraphs.isListing == [false, true])
    #expect(paragraphs.length == 27)
    paragraphs.remove(at: 0)
    #expect(paragraphs.count == 1 && paragraphs.isListing == [true])
    #expect(String(decoding: paragraphs[0], as: UTF8.self) == "let x = 1")
  }

  @Test func aPageIsRenderedIntoParagraphsOfOneBuffer() {
    let page = """
      <html><body><article><p>The harbor  reopened on Monday.</p>
      <p>Crews <b>cleared</b> the channel.</p><pre>depth 12</pre></article></body></html>
      """
    let tree = HTMLTreeBuilder.build(Array(page.utf8))
    let article = tree.elements.indices.first { tree.elements[$0].name == "article" } ?? 0
    let rendered = HTMLTextRenderer(tree: tree).paragraphs(
      of: [article], dropped: Array(repeating: false, count: tree.elements.count), title: nil)
    #expect((0..<rendered.count).map { String(decoding: rendered[$0], as: UTF8.self) } == [
      "The harbor reopened on Monday.", "Crews cleared the channel.", "depth 12",
    ])
    #expect(rendered.isListing == [false, false, true])
  }
}
