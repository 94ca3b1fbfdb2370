import Testing

@testable import DatelineCore

/// Which reader an input goes to: its content decides, its name's extension helps.
@Suite struct ReaderSniffingTests {
  /// The name of the reader chosen for `text` named `name`.
  private func reader(_ name: String, _ text: String) -> String {
    String(describing: ReaderRegistry.reader(for: ReaderInput(name: name, text: Array(text.utf8))))
  }

  private func document(_ name: String, _ text: String) throws -> Document {
    try DocumentLoader().document(bytes: Array(text.utf8), name: name, id: 0)
  }

  private let page = """
    <!DOCTYPE html>
    <html><head><title>Harbour talks</title>
    <meta property="article:published_time" content="2021-11-09T08:00:00Z"></head>
    <body><p>On Monday, the council met.</p><p>It ended late.</p></body></html>
    """

  private let timeML = """
    <?xml version="1.0" ?>
    <TimeML>
    <DOCID>harbour-1</DOCID>
    <DCT><TIMEX3 tid="t0" type="DATE" value="2021-11-09" functionInDocument="CREATION_TIME">Nov. 9</TIMEX3></DCT>
    <TEXT>The council met <TIMEX3 tid="t1" type="DATE" value="2021-11-08">on Monday</TIMEX3>.</TEXT>
    </TimeML>
    """

  @Test func htmlNamedTxtIsReadAsHTML() throws {
    #expect(reader("page.txt", page) == "HTMLReader")
    let document = try document("page.txt", page)
    #expect(document.string(0..<document.text.count) == "On Monday, the council met.\n\nIt ended late.")
    #expect(document.metadata.title == "Harbour talks")
    #expect(document.metadata.published?.timex == "2021-11-09")
  }

  @Test func timeMLIsRecognizedByItsRootElementUnderAnyName() throws {
    #expect(reader("story.txt", timeML) == "TimeMLReader")
    #expect(reader("story.tml", timeML) == "TimeMLReader")
    #expect(reader("story.xml", "<!-- gold -->\n<TimeML><TEXT>x</TEXT></TimeML>") == "TimeMLReader")
    let document = try document("story.txt", timeML)
    #expect(document.string(0..<document.text.count) == "The council met on Monday.")
    #expect(document.metadata.published?.timex == "2021-11-09")
    #expect(document.metadata.title == "harbour-1")
  }

  @Test func aTmlNameIsReadAsTimeMLEvenWithoutTheRootElement() {
    #expect(reader("gold.TML", "<TEXT>Plain.</TEXT>") == "TimeMLReader")
    #expect(throws: CoreError.malformedTimeML(path: "gold.tml", reason: "no <TEXT> element")) {
      try document("gold.tml", "no text element here")
    }
  }

  @Test func textThatOnlyMentionsTimeMLIsNotTimeML() {
    #expect(reader("notes.txt", "We wrote <TimeML> files by hand.") == "PlainTextReader")
    #expect(reader("notes.txt", "<p>A fragment</p> <TimeML>") != "TimeMLReader")
  }

  @Test func markdownIsRecognizedByNameFrontMatterOrHeading() throws {
    #expect(reader("story.md", "Plain words.") == "MarkdownReader")
    #expect(reader("story.markdown", "Plain words.") == "MarkdownReader")
    #expect(reader("story.txt", "---\ntitle: A\n---\nBody.") == "MarkdownReader")
    #expect(reader("-", "Intro line.\n\n## Harbour talks\n\nBody.") == "MarkdownReader")
    #expect(reader("story.txt", "#hashtag is not a heading.\n####### nor seven.") == "PlainTextReader")
    let document = try document("story.md", "---\ntitle: Talks\nsource: Harbour Post\n---\n# Talks\n\nBody.\n")
    #expect(document.metadata.title == "Talks")
    #expect(document.metadata.source == "Harbour Post")
    #expect(document.string(0..<document.text.count) == "\nBody.\n")
  }

  @Test func anOpeningHeadingIsTheTitleAndNoSentenceOfTheStory() throws {
    let opened = try document("story.md", "# Ferry strike ends after pay deal ##\n\nDock workers accepted a pay offer on Monday.\n\n## Background\n\nThe strike began in May.\n")
    #expect(opened.metadata.title == "Ferry strike ends after pay deal")
    #expect(opened.string(0..<opened.text.count) == "\nDock workers accepted a pay offer on Monday.\n\n## Background\n\nThe strike began in May.\n")
    let fronted = try document("story.md", "---\nsource: Harbour Post\n---\n# Talks resume\n\nBody.\n")
    #expect(fronted.metadata.title == "Talks resume")
    #expect(fronted.string(0..<fronted.text.count) == "\nBody.\n")
  }

  @Test func htmlWinsOverAMarkdownName() {
    #expect(reader("page.md", page) == "HTMLReader")
    #expect(reader("page.html", "<p>On Monday, the council met.</p>") == "HTMLReader")
  }

  @Test func frontMatterWinsOverAnHTMLName() {
    // A feed item read from its text keeps its link (often `….html`) as its name.
    #expect(reader("https://elwin.example/pier.html", "---\ntitle: A\n---\nBody.") == "MarkdownReader")
  }

  @Test func plainTextTakesTheRestAsItIs() throws {
    #expect(reader("story.txt", "On Monday, the council met.") == "PlainTextReader")
    #expect(reader("-", "") == "PlainTextReader")
    let document = try document("story.txt", "One.\n\nTwo.")
    #expect(document.string(0..<document.text.count) == "One.\n\nTwo.")
    #expect(document.metadata == DocumentMetadata())
  }

  @Test func theExtensionComesFromTheLastPathComponentOnly() {
    #expect(ReaderInput(name: "dir.md/story", text: []).fileExtension == "")
    #expect(ReaderInput(name: "a/b.HTM", text: []).fileExtension == "htm")
  }
}
