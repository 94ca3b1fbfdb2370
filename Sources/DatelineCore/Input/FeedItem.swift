/// One article of an RSS or Atom feed: its title, link, author, publication day and content as
/// text.
public struct FeedItem: Sendable, Hashable {
  /// The item's title.
  public var title: String?
  /// The address of the full article.
  public var link: String?
  /// Who wrote it.
  public var author: String?
  /// The publication day, `YYYY-MM-DD`.
  public var published: String?
  /// The item's content or summary as paragraphs separated by blank lines.
  public var text: [UInt8]

  /// What to call the item's document: its link, else the feed's name and the item's number
  /// (from 1) in it.
  public func name(inFeed feed: String, number: Int) -> String {
    link ?? "\(feed)#\(number)"
  }
}
