import Testing
@testable import DatelineCore

/// What the readers say about inputs they can only partly use (issue 15, "lost without a word").
@Suite struct InputMessagesTests {
  private func document(_ text: String, name: String = "a.md") throws -> Document {
    try DocumentLoader().document(bytes: Array(text.utf8), name: name, id: 0)
  }

  private func frontMatter(fieldsBefore count: Int) -> String {
    "---\n" + (1...count).map { "tag\($0): x\n" }.joined() + "title: Long\npublished: 2021-11-09\n---\nBody.\n"
  }

  @Test func frontMatterLongerThanTwoHundredLinesIsRead() throws {
    let document = try document(frontMatter(fieldsBefore: 500))
    #expect(document.metadata.title == "Long")
    #expect(document.metadata.published?.timex == "2021-11-09")
    #expect(document.string(0..<document.text.count) == "Body.\n")
  }

  @Test func pastTwoHundredLinesOnlyFrontMatterLinesKeepTheBlockOpen() throws {
    let prose = "---\n" + String(repeating: "A line of the article.\n", count: 250) + "---\nMore.\n"
    #expect(try document(prose).string(0..<4) == "---\n")
    let early = "---\nA line of the article.\n---\nBody.\n"
    #expect(try document(early).string(0..<5) == "Body.")
  }

  @Test func aTimeMLTextThatNeverClosesSaysSo() {
    #expect(throws: CoreError.malformedTimeML(path: "a.tml", reason: "<TEXT> is never closed (no </TEXT>)")) {
      try document("<TimeML><TEXT>On Nov. 7, 2021 X arrived.\n", name: "a.tml")
    }
  }

  @Test func anUnreadableDCTIsAFindingAndAReadableOneIsNot() throws {
    let bad = try document(#"<TimeML><DCT><TIMEX3 value="20XX-13">x</TIMEX3></DCT><TEXT>X.</TEXT></TimeML>"#, name: "a.tml")
    #expect(bad.metadata.published == nil)
    #expect(bad.findings.map(\.kind) == [.badMetadata])
    #expect(bad.findings.first?.message.contains("20XX-13") == true)
    let good = try document(#"<TimeML><DCT><TIMEX3 value="2021-11-09">x</TIMEX3></DCT><TEXT>X.</TEXT></TimeML>"#, name: "a.tml")
    #expect(good.metadata.published?.timex == "2021-11-09")
    #expect(good.findings.isEmpty)
    #expect(try document("<TimeML><TEXT>X.</TEXT></TimeML>", name: "a.tml").findings.isEmpty)
  }
}
