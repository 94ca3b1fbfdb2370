import Testing

@testable import DatelineCore

/// The byline of a web page: from JSON-LD, author meta tags or a byline element, cleaned, and left
/// out of the article text.
@Suite struct HTMLBylineTests {
  static let story = """
    <p>The harbor council of Port Elwin voted on Friday to close the old pier, citing its cost.</p>
    <p>Dock workers said they would march through the town center, and the mayor agreed to meet them.</p>
    """

  private func byline(head: String = "", body: String = HTMLBylineTests.story) -> String? {
    HTMLReader.read(Array("<html><head>\(head)</head><body>\(body)</body></html>".utf8)).byline
  }

  @Test(arguments: [
    (#"<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Mara Quint"}}</script>"#, "Mara Quint"),
    (#"<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"Mara Quint"},{"name":"Tobias Renn"}]}</script>"#, "Mara Quint, Tobias Renn"),
    (#"<script type="application/ld+json">{"@type":"BlogPosting","author":"Mara Quint"}</script>"#, "Mara Quint"),
    (#"<meta name="author" content="Mara Quint">"#, "Mara Quint"),
    (#"<meta property="article:author" content="Mara Quint">"#, "Mara Quint"),
    (#"<meta name="DC.creator" content="Mara Quint">"#, "Mara Quint"),
    (#"<meta name="parsely-author" content="Mara Quint">"#, "Mara Quint"),
  ])
  func metadataNamesTheAuthor(head: String, expected: String) {
    #expect(byline(head: head) == expected)
  }

  @Test func dublinCoreWinsOverAuthorAndAnAddressIsNoName() {
    #expect(byline(head: #"<meta name="author" content="Desk"><meta name="dc.creator" content="Mara Quint">"#) == "Mara Quint")
    #expect(byline(head: #"<meta property="article:author" content="https://social.example/mara">"#) == nil)
  }

  @Test(arguments: [
    (#"<p class="byline">By Mara Quint</p>"#, "Mara Quint"),
    (#"<div id="story-author">Written by <a href="/mara">Mara Quint</a></div>"#, "Mara Quint"),
    (#"<span>Posted by <a rel="author" href="/mara">Mara Quint</a></span>"#, "Mara Quint"),
    (#"<div class="meta">By <span itemprop="author" itemscope><span itemprop="name">Mara Quint</span></span> | March 4</div>"#, "Mara Quint"),
    (#"<div class="byline">By <span itemprop="name">Mara Quint</span>, Harbour Desk</div>"#, "Mara Quint"),
  ])
  func anElementNamesTheAuthor(element: String, expected: String) {
    #expect(byline(body: "<article>" + element + Self.story + "</article>") == expected)
  }

  @Test func longHiddenOrEmptyAuthorBlocksAreNoByline() {
    let biography = "<div class=\"author-bio\">" + String(repeating: "She has covered the harbor for many years. ", count: 4) + "</div>"
    #expect(byline(body: Self.story + biography) == nil)
    #expect(byline(body: "<p class=\"byline\" hidden>By Mara Quint</p>" + Self.story) == nil)
    #expect(byline(body: "<div class=\"author-avatar\"><img src=\"m.png\"></div>" + Self.story) == nil)
    #expect(byline(body: Self.story) == nil)
    #expect(byline(body: "<div id=\"authorization\">Sign in</div>" + Self.story) == nil)
  }

  @Test func theBylineIsNotArticleText() {
    let marked = HTMLReader.read(Array(("<article><p class=\"byline\">By Mara Quint</p>" + Self.story + "</article>").utf8))
    #expect(marked.byline == "Mara Quint")
    #expect(!String(decoding: marked.text, as: UTF8.self).contains("Mara Quint"))
    let head = "<meta name=\"author\" content=\"Mara Quint\">"
    let plain = HTMLReader.read(Array("<html><head>\(head)</head><body><article><p>By Mara Quint</p>\(Self.story)</article></body></html>".utf8))
    #expect(String(decoding: plain.text, as: UTF8.self).hasPrefix("The harbor council"))
  }

  @Test(arguments: [
    ("By Mara Quint", "Mara Quint"), ("  Written by\n Mara   Quint ", "Mara Quint"), ("by: Mara Quint |", "Mara Quint"),
    ("Mara Quint • 8h", "Mara Quint"), ("| Mara Quint | Harbour Desk", "Mara Quint"), ("Mara Quint Monday, March 6, 2023", "Mara Quint"),
    ("@maraquint", nil), ("https://elwin.example/mara", nil), ("— 2023 —", nil), ("", nil),
  ] as [(String, String?)])
  func bylineText(text: String, expected: String?) {
    #expect(BylineText.cleaned(text) == expected)
  }

  @Test func theDocumentCarriesTheBylineFromHTMLAndFrontMatter() throws {
    let html = "<html><head><meta name=\"author\" content=\"Mara Quint\"></head><body>\(Self.story)</body></html>"
    #expect(try DocumentLoader().document(bytes: Array(html.utf8), name: "a.html", id: 0).metadata.byline == "Mara Quint")
    let markdown = "---\ntitle: Pier closes\nauthor: Tobias Renn\n---\nThe pier closed on Friday.\n"
    #expect(try DocumentLoader().document(bytes: Array(markdown.utf8), name: "a.md", id: 0).metadata.byline == "Tobias Renn")
  }
}
