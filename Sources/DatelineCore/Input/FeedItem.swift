/// One article of an RSS or Atom feed: its title, link, publication day and content as text.
public struct FeedItem: Sendable, Hashable {
  /// The item's title.
  public var title: String?
  /// The address of the full article.
  public var link: String?
  /// The publication day, `YYYY-MM-DD`.
  public var published: String?
  /// The item's content or summary as paragraphs separated by blank lines.
  public var text: [UInt8]

  /// The item as an article with front matter (title, outlet, publication day) over its text.
  public func article(outlet: String?) -> [UInt8] {
    var head = "---\n"
    for (key, value) in [("title", title), ("source", outlet), ("published", published)] {
      guard let value else { continue }
      let line = value.map { $0 == "\n" || $0 == "\r" ? " " : $0 }
      head += key + ": " + String(line) + "\n"
    }
    return Array((head + "---\n").utf8) + text
  }
}
