extension FeedReader: DocumentReader {
  /// An RSS or Atom root element, whatever the name.
  static func accepts(_ input: ReaderInput) -> Bool {
    looksLikeFeed(input.text)
  }

  /// One article per item, the first `itemLimit`, each named by its link (else by the feed's
  /// name and its number); a feed without items is refused.
  static func articles(_ input: ReaderInput) throws -> [ReadArticle] {
    let feed = read(input.text)
    guard !feed.items.isEmpty else { throw CoreError.unreadable(path: input.name, reason: "an RSS or Atom feed without items") }
    return feed.items.prefix(itemLimit).enumerated().map { index, item in
      var article = article(item, outlet: feed.title)
      article.name = item.name(inFeed: input.name, number: index + 1)
      return article
    }
  }

  /// `item` of the feed of `outlet` as an article: its text under its title, author, outlet,
  /// link and day.
  static func article(_ item: FeedItem, outlet: String?) -> ReadArticle {
    let metadata = DocumentMetadata(
      title: item.title, byline: item.author, source: outlet, url: item.link, published: item.published.flatMap(publicationDate))
    return ReadArticle(body: item.text, metadata: metadata)
  }
}
