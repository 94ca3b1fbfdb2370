import Testing
@testable import DatelineCore

@Suite struct HTMLContentExtractionTests {
  private func paragraphs(_ html: String) -> [String] {
    String(decoding: HTMLReader.read(Array(html.utf8)).text, as: UTF8.self).components(separatedBy: "\n\n")
  }

  private let story = """
    <p>The harbour board met on Tuesday, after a week of storms, to decide whether the old pier could stay open.</p>
    <p>Engineers told the board that the pilings had rotted, that repairs would cost more than a new pier, and that \
    the work would take a year.</p>
    <p>The board voted to close the pier in March, and to ask the town for money to build a new one by the summer.</p>
    """

  private func page(article: String) -> String {
    """
    <html><head><title>Pier</title></head><body>
    <nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World news, sport, weather</a></li></ul></nav>
    <div class="layout"><div class="article-body">\(article)</div>
    <aside class="sidebar"><p>Read more: a story about a lighthouse keeper, a ferry, and a long winter at sea.</p></aside>
    </div>
    <footer><p>Copyright, the harbour paper, all rights reserved, since the year of its founding.</p></footer>
    </body></html>
    """
  }

  @Test func articleIsKeptInOrderAndBoilerplateDropped() {
    let text = paragraphs(page(article: story))
    #expect(text.count == 3)
    #expect(text.first?.hasPrefix("The harbour board met on Tuesday") == true)
    #expect(text.last?.hasPrefix("The board voted") == true)
    #expect(!text.joined().contains("lighthouse"))
    #expect(!text.joined().contains("Copyright"))
    #expect(!text.joined().contains("Home"))
  }

  @Test func headingsInsideTheArticleAreKept() {
    let text = paragraphs(page(article: "<h2>Repairs</h2>" + story))
    #expect(text.first == "Repairs")
  }

  @Test func aHeadingThatRepeatsTheTitleIsDropped() {
    let html = """
      <html><head><meta property="og:title" content="Old pier to close in March"></head><body>
      <div class="post"><h1>Old pier to close in March</h1>\(story)</div></body></html>
      """
    #expect(paragraphs(html).first?.hasPrefix("The harbour board") == true)
  }

  @Test func hiddenElementsAreDropped() {
    let hidden = """
      <p hidden>Hidden by attribute, a paragraph of text, long enough to be scored.</p>
      <p aria-hidden="true">Hidden from assistive technology, with commas, and length.</p>
      <div style="display: none"><p>Hidden by style, with commas, and length enough here.</p></div>
      """
    let text = paragraphs(page(article: story + hidden)).joined()
    #expect(!text.contains("Hidden"))
    #expect(text.contains("The board voted"))
  }

  @Test func scriptsTemplatesAndCommentsAreDropped() {
    let noise = "<script>var a = '<p>script text</p>';</script><template><p>template text</p></template><!-- <p>comment</p> -->"
    let text = paragraphs(page(article: noise + story)).joined()
    #expect(!text.contains("script text") && !text.contains("template text") && !text.contains("comment"))
  }

  @Test func linkListsInsideTheArticleAreDropped() {
    let related = """
      <ul><li><a href="/a">Ferry timetable changes, again</a></li><li><a href="/b">Lighthouse open day, this weekend</a></li></ul>
      """
    let text = paragraphs(page(article: story + related)).joined()
    #expect(!text.contains("Ferry timetable"))
  }

  @Test func jsonLDArticleBodyIsUsedWhenLongEnough() {
    let body = String(repeating: "The council met again, and the vote was close. ", count: 12)
    let html = """
      <html><head><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "\(body)\\nSecond part."}</script>
      </head><body><div><p>Teaser only.</p></div></body></html>
      """
    let text = paragraphs(html)
    #expect(text.count == 2)
    #expect(text.last == "Second part.")
  }

  @Test func aShortJSONLDBodyDoesNotReplaceTheArticle() {
    let html = """
      <html><head><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "Short."}</script>
      </head><body><div>\(story)</div></body></html>
      """
    #expect(paragraphs(html).count == 3)
  }

  @Test func aPageWithoutParagraphsKeepsItsText() {
    #expect(paragraphs("<html><body><div>Just a line.</div></body></html>") == ["Just a line."])
  }
}

@Suite struct HTMLBylineAndFormTests {
  private let story = """
    <p>The harbour board met on Tuesday, after a week of storms, to decide whether the old pier could stay open.</p>
    <p>Engineers told the board that the pilings had rotted, that repairs would cost more than a new pier, and that \
    the work would take a year.</p>
    """

  @Test func bylinesAreDropped() {
    let html = "<html><body><div class=\"story\"><p class=\"byline\">By Mara Quint</p>\(story)</div></body></html>"
    let text = String(decoding: HTMLReader.read(Array(html.utf8)).text, as: UTF8.self)
    #expect(!text.contains("Mara Quint"))
    #expect(text.contains("pilings"))
  }

  @Test func aFormThatWrapsThePageDoesNotHideTheArticle() {
    let html = "<html><body><form id=\"page\"><div class=\"story\">\(story)</div></form></body></html>"
    let text = String(decoding: HTMLReader.read(Array(html.utf8)).text, as: UTF8.self)
    #expect(text.contains("pilings"))
  }
}
