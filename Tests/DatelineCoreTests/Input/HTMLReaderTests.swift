import Testing
@testable import DatelineCore

@Suite struct HTMLReaderTests {
  private let page = """
    <!DOCTYPE html><html><head><title>Pier to close &amp; reopen</title>
    <meta property="article:published_time" content="2019-03-04T08:00:00Z">
    <style>p { color: red }</style><script>var x = "<p>no</p>";</script></head>
    <body><h1>Pier</h1><p>On March 3, the council <b>voted</b>.</p>
    <p>&ldquo;We had no choice,&rdquo; said Mara&nbsp;Quint &#8212; the chair.</p><!-- <p>hidden</p> --></body></html>
    """

  @Test func blockElementsBecomeParagraphsAndInlineTagsVanish() throws {
    let document = try DocumentLoader().document(bytes: Array(page.utf8), name: "pier.html", id: 0)
    let paragraphs = document.paragraphs.map(document.string)
    #expect(paragraphs == ["Pier", "On March 3, the council voted.", "“We had no choice,” said Mara\u{00A0}Quint — the chair."])
  }

  @Test func titleAndPublicationDateComeFromTheHead() throws {
    let document = try DocumentLoader().document(bytes: Array(page.utf8), name: "pier.html", id: 0)
    #expect(document.metadata.title == "Pier to close & reopen")
    #expect(document.metadata.published?.timex == "2019-03-04")
  }

  @Test func brokenMarkupIsReadAsWellAsItCanBe() {
    let text = HTMLReader.read(Array("<p>One <b unclosed & so < on</p><p>Two &bogus; end <i".utf8)).text
    #expect(String(decoding: text, as: UTF8.self) == "One\n\nTwo &bogus; end <i")
  }
}
