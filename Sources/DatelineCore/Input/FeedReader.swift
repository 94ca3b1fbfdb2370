/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds into their items, on bytes in one pass per element
/// name; the content of an item is read as HTML.
public enum FeedReader {
  /// Whether `bytes` look like a feed: an `<rss`, `<rdf:RDF` or Atom `<feed` root near the start.
  public static func looksLikeFeed(_ bytes: [UInt8]) -> Bool {
    let head = Array(bytes.prefix(1024))
    return HTMLBytes.containsCaseless(head, "<rss") || HTMLBytes.containsCaseless(head, "<rdf:rdf")
      || (HTMLBytes.containsCaseless(head, "<feed") && HTMLBytes.containsCaseless(head, "http://www.w3.org/2005/atom"))
  }

  /// The feed's title and its items, in order.
  public static func read(_ bytes: [UInt8]) -> (title: String?, items: [FeedItem]) {
    let isAtom = !HTMLBytes.containsCaseless(Array(bytes.prefix(1024)), "<rss")
      && !HTMLBytes.containsCaseless(Array(bytes.prefix(1024)), "<rdf:rdf")
    let itemName = isAtom ? "entry" : "item"
    let bodies = FeedElements.contents(of: itemName, in: bytes, within: 0..<bytes.count)
    let firstItem = bodies.first?.lowerBound ?? bytes.count
    let title = FeedElements.text(of: "title", in: bytes, within: 0..<firstItem)
    let items = bodies.map { item(in: bytes, range: $0, isAtom: isAtom) }
    return (title, items)
  }

  private static func item(in bytes: [UInt8], range: Range<Int>, isAtom: Bool) -> FeedItem {
    let title = FeedElements.text(of: "title", in: bytes, within: range)
    let link = isAtom ? FeedElements.atomLink(in: bytes, within: range) : FeedElements.text(of: "link", in: bytes, within: range)
    let dateNames = isAtom ? ["published", "updated"] : ["pubDate", "dc:date"]
    let published = dateNames.lazy.compactMap { FeedElements.text(of: $0, in: bytes, within: range) }.compactMap(FeedDate.day).first
    let contentNames = isAtom ? ["content", "summary"] : ["content:encoded", "description"]
    let html = contentNames.lazy.compactMap { FeedElements.markup(of: $0, in: bytes, within: range) }.first ?? []
    return FeedItem(title: title, link: link, published: published, text: HTMLReader.read(html).text)
  }
}
