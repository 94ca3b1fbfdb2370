import Testing
@testable import DatelineCore

@Suite struct HTMLMetadataTests {
  private func page(head: String, body: String = "<p>Text.</p>") -> HTMLReader.Page {
    HTMLReader.read(Array("<html><head>\(head)</head><body>\(body)</body></html>".utf8))
  }

  @Test func openGraphTitleWinsOverTheTitleElement() {
    #expect(page(head: "<title>Pier closes - Harbour News</title><meta property=\"og:title\" content=\"Pier closes\">").title == "Pier closes")
  }

  @Test func jsonLDHeadlineIsTheTitle() {
    let head = #"<title>x</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Board votes"}</script>"#
    #expect(page(head: head).title == "Board votes")
  }

  @Test(arguments: [
    ("Old pier to close in March - Harbour News", "Old pier to close in March"),
    ("Harbour News | Old pier to close in March", "Old pier to close in March"),
    ("Old pier to close in March – Harbour News", "Old pier to close in March"),
    ("Pier - News", "Pier - News"),
  ])
  func siteNameIsRemovedFromTheTitleElement(title: String, expected: String) {
    #expect(page(head: "<title>\(title)</title>").title == expected)
  }

  @Test(arguments: [
    #"<meta property="article:published_time" content="2019-03-04T08:00:00Z">"#,
    #"<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2019-03-04"}</script>"#,
    #"<meta name="DC.date.issued" content="2019-03-04">"#,
    #"<meta name="parsely-pub-date" content="2019-03-04T08:00:00Z">"#,
    #"<meta itemprop="datePublished" content="March 4, 2019">"#,
    #"<link rel="canonical" href="https://example.org/2019/03/04/pier-closes/">"#,
  ])
  func publicationDateComesFromEachSource(head: String) {
    #expect(page(head: head).published == "2019-03-04")
  }

  @Test func aTimeElementInTheArticleDatesIt() {
    let body = "<article><p>Posted <time datetime=\"2019-03-04T10:00\">Monday</time>, a story of some length.</p></article>"
    #expect(page(head: "", body: body).published == "2019-03-04")
  }

  @Test func writtenDatesAreRead() {
    #expect(PublicationDateText.day("Tue, 04 Mar 2019 10:00:00 GMT") == "2019-03-04")
    #expect(PublicationDateText.day("4 March 2019") == "2019-03-04")
    #expect(PublicationDateText.day("soon") == nil)
  }

  @Test func siteNameBecomesTheDocumentSource() throws {
    let html = "<html><head><meta property=\"og:site_name\" content=\"Harbour News\"></head><body><p>Hi.</p></body></html>"
    let document = try DocumentLoader().document(bytes: Array(html.utf8), name: "a.html", id: 0)
    #expect(document.metadata.source == "Harbour News")
  }
}
