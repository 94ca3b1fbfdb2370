import Testing
@testable import DatelineCore

@Suite struct ParagraphSplitterTests {
  private func paragraphs(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return ParagraphSplitter.paragraphs(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
  }

  @Test func oneParagraphPerLineWhenThereAreNoBlankLines() {
    #expect(paragraphs("One.\nTwo.\n") == ["One.", "Two."])
  }

  @Test func blankLinesSeparateParagraphsOfWrappedLines() {
    #expect(paragraphs("One line\ncontinued.\n\n  Two.  \n") == ["One line\ncontinued.", "Two."])
  }

  @Test func emptyAndBlankTextsHaveNoParagraphs() {
    #expect(paragraphs("").isEmpty)
    #expect(paragraphs(" \n\t\n").isEmpty)
  }
}
