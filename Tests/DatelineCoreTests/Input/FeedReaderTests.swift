import Testing

@testable import DatelineCore

/// RSS and Atom feeds: items with their titles, links, authors, days and content, whether the
/// content is CDATA, escaped markup or plain text; a feed input is one document per item.
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

  @Test func aFeedIsOneDocumentPerItemUnderItsLinkTitleOutletAndDay() throws {
    let documents = try DocumentLoader().documents(bytes: Array(Self.rss.utf8), name: "news.rss", firstID: 4)
    #expect(documents.map(\.id) == [4, 5])
    #expect(documents.map(\.name) == ["https://elwin.example/pier", "news.rss#2"])
    #expect(documents[0].metadata.title == "Pier closes" && documents[0].metadata.source == "Elwin Gazette")
    #expect(documents[0].metadata.url == "https://elwin.example/pier" && documents[1].metadata.url == nil)
    #expect(documents.map { $0.metadata.published?.timex } == ["2023-03-04", "2023-03-06"])
    #expect(documents[0].string(0..<documents[0].text.count).hasPrefix("The council voted"))
  }

  @Test func aFeedItemAFrontEndFetchedIsReadLikeTheFeedsOwn() throws {
    let feed = FeedReader.read(Array(Self.rss.utf8))
    let item = ArticleInput(.feedItem(name: "https://elwin.example/pier", item: feed.items[0], outlet: feed.title), size: 0)
    let documents = try DocumentLoader().read(item, firstID: 2).get()
    let expected = try DocumentLoader().documents(bytes: Array(Self.rss.utf8), name: "news.rss", firstID: 2)[0]
    #expect(documents.count == 1 && documents[0].name == expected.name && documents[0].metadata == expected.metadata)
    #expect(documents[0].text == expected.text)
  }

  @Test func aFetchedItemsInvalidUTF8IsRepairedAndReported() throws {
    let item = FeedItem(title: "Pier", link: nil, author: nil, published: nil, text: Array("Caf".utf8) + [0xE9] + Array(" opened.".utf8))
    let documents = try DocumentLoader().read(ArticleInput(.feedItem(name: "feed#1", item: item, outlet: nil), size: 0), firstID: 0).get()
    #expect(documents[0].string(0..<documents[0].text.count) == "Caf\u{FFFD} opened.")
    #expect(documents[0].findings.map(\.kind) == [.invalidUTF8])
  }

  @Test func itemsNameTheirAuthors() {
    let rss = Self.rss.replacingOccurrences(of: "<item><title>Pier closes</title>", with: "<item><title>Pier closes</title><author>desk@elwin.example (Ida Vell)</author>")
      .replacingOccurrences(of: "<dc:date>", with: "<dc:creator>Tobias Renn</dc:creator><dc:date>")
    #expect(FeedReader.read(Array(rss.utf8)).items.map(\.author) == ["Ida Vell", "Tobias Renn"])
    let atom = Self.atom.replacingOccurrences(of: "<entry><title>Ferry resumes</title>", with: "<entry><title>Ferry resumes</title><author><name>Ida Vell</name></author>")
    #expect(FeedReader.read(Array(atom.utf8)).items.first?.author == "Ida Vell")
  }

  @Test func aFeedWithoutItemsIsRefused() {
    let empty = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>"
    #expect(throws: CoreError.unreadable(path: "quiet.xml", reason: "an RSS or Atom feed without items")) {
      try DocumentLoader().documents(bytes: Array(empty.utf8), name: "quiet.xml", firstID: 0)
    }
  }

  @Test func theContentDecidesWhatIsAFeed() {
    #expect(String(describing: ReaderRegistry.reader(for: ReaderInput(name: "news.txt", text: Array(Self.rss.utf8)))) == "FeedReader")
    let markupFirst = Self.rss.replacingOccurrences(of: "<description><![CDATA[<p>", with: "<description><![CDATA[<html><p>")
    #expect(String(describing: ReaderRegistry.reader(for: ReaderInput(name: "news", text: Array(markupFirst.utf8)))) == "FeedReader")
    #expect(FeedReader.looksLikeFeed([0xEF, 0xBB, 0xBF] + Array("<!-- a note --><feed xmlns=\"http://www.w3.org/2005/Atom\">".utf8)))
  }

  @Test func xmlThatIsNoFeedIsRefusedRatherThanReadAsText() {
    let other = "<?xml version=\"1.0\"?><catalog><book>On March 3 the pier closed.</book></catalog>"
    #expect(throws: CoreError.unreadable(path: "books.xml", reason: "XML that is neither an RSS or Atom feed nor TimeML")) {
      try DocumentLoader().documents(bytes: Array(other.utf8), name: "books.xml", firstID: 0)
    }
  }

  @Test func pagesAndTextAreNotFeeds() {
    #expect(!FeedReader.looksLikeFeed(Array("<!doctype html><html><body>rss</body></html>".utf8)))
    #expect(!FeedReader.looksLikeFeed(Array("On March 3 the <feed> was cut.".utf8)))
    #expect(!FeedReader.looksLikeFeed(Array("<!doctype html><html><head><title>Our <rss> feed</title></head></html>".utf8)))
  }

  @Test(arguments: [
    ("Sat, 04 Mar 2023 09:00:00 GMT", "2023-03-04"), ("4 March 2023", "2023-03-04"), ("2023-03-06T10:00:00Z", "2023-03-06"),
    ("Mon, 31 Feb 2023 00:00:00 GMT", nil), ("soon", nil),
  ] as [(String, String?)])
  func feedDates(text: String, day: String?) {
    #expect(FeedDate.day(text) == day)
  }
}
