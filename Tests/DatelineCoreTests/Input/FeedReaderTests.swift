import Testing

@testable import DatelineCore

/// RSS and Atom feeds: items with their titles, links, days and content, whether the content is
/// CDATA, escaped markup or plain text.
@Suite struct FeedReaderTests {
  static let rss = """
    <?xml version="1.0"?>
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel><title>Elwin Gazette</title><link>https://elwin.example/</link>
    <item><title>Pier closes</title><link>https://elwin.example/pier</link>
    <pubDate>Sat, 04 Mar 2023 09:00:00 GMT</pubDate>
    <description><![CDATA[<p>The council voted on Friday to close the pier.</p><p>Workers protested.</p>]]></description></item>
    <item><title>Workers &amp; owners meet</title><dc:date>2023-03-06T10:00:00Z</dc:date>
    <description>&lt;p&gt;Owners met the union on Sunday.&lt;/p&gt;</description></item>
    </channel></rss>
    """

  static let atom = """
    <?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbor Notes</title>
    <link rel="self" href="https://notes.example/feed"/>
    <entry><title>Ferry resumes</title>
    <link rel="related" href="https://notes.example/related"/><link rel="alternate" href="https://notes.example/ferry"/>
    <published>2023-04-02T08:00:00+01:00</published><updated>2023-04-03T08:00:00Z</updated>
    <summary>The ferry to Port Elwin sailed again on Saturday.</summary></entry>
    </feed>
    """

  @Test func rssItemsWithTheirTitlesLinksDaysAndText() throws {
    #expect(FeedReader.looksLikeFeed(Array(Self.rss.utf8)))
    let feed = FeedReader.read(Array(Self.rss.utf8))
    #expect(feed.title == "Elwin Gazette")
    #expect(feed.items.count == 2)
    let first = try #require(feed.items.first)
    #expect(first.title == "Pier closes" && first.link == "https://elwin.example/pier" && first.published == "2023-03-04")
    #expect(String(decoding: first.text, as: UTF8.self) == "The council voted on Friday to close the pier.\n\nWorkers protested.")
    let second = feed.items[1]
    #expect(second.title == "Workers & owners meet" && second.link == nil && second.published == "2023-03-06")
    #expect(String(decoding: second.text, as: UTF8.self) == "Owners met the union on Sunday.")
  }

  @Test func atomEntriesTakeTheirAlternateLinkAndPublishedDay() throws {
    #expect(FeedReader.looksLikeFeed(Array(Self.atom.utf8)))
    let feed = FeedReader.read(Array(Self.atom.utf8))
    #expect(feed.title == "Harbor Notes")
    let entry = try #require(feed.items.first)
    #expect(entry.link == "https://notes.example/ferry" && entry.published == "2023-04-02")
    #expect(String(decoding: entry.text, as: UTF8.self) == "The ferry to Port Elwin sailed again on Saturday.")
  }

  @Test func anItemIsAnArticleWithFrontMatter() throws {
    let feed = FeedReader.read(Array(Self.rss.utf8))
    let document = try DocumentLoader().document(bytes: feed.items[0].article(outlet: feed.title), name: "https://elwin.example/pier.html", id: 0)
    #expect(document.metadata.title == "Pier closes" && document.metadata.source == "Elwin Gazette")
    #expect(document.metadata.published?.timex == "2023-03-04")
    #expect(document.string(0..<document.text.count).hasPrefix("The council voted"))
  }

  @Test func pagesAndTextAreNotFeeds() {
    #expect(!FeedReader.looksLikeFeed(Array("<!doctype html><html><body>rss</body></html>".utf8)))
    #expect(!FeedReader.looksLikeFeed(Array("On March 3 the <feed> was cut.".utf8)))
  }

  @Test(arguments: [
    ("Sat, 04 Mar 2023 09:00:00 GMT", "2023-03-04"), ("4 March 2023", "2023-03-04"), ("2023-03-06T10:00:00Z", "2023-03-06"),
    ("Mon, 31 Feb 2023 00:00:00 GMT", nil), ("soon", nil),
  ] as [(String, String?)])
  func feedDates(text: String, day: String?) {
    #expect(FeedDate.day(text) == day)
  }
}
