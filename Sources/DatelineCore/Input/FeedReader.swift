/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds into their items, on bytes in one pass per element
/// name; the content of an item is read as HTML.
public enum FeedReader: Sendable {
  /// The most items read from one feed.
  public static let itemLimit = 100

  /// Whether `bytes` are a feed: their first element (after a byte-order mark, white space, the
  /// XML declaration, processing instructions and comments) is `<rss`, `<rdf:RDF`, or an Atom
  /// `<feed`.
  public static func looksLikeFeed(_ bytes: [UInt8]) -> Bool {
    guard let root = firstElement(bytes) else { return false }
    let head = Array(bytes[root..<min(bytes.count, root + 1024)])
    return HTMLBytes.startsCaseless(head, "<rss") || HTMLBytes.startsCaseless(head, "<rdf:rdf")
      || (HTMLBytes.startsCaseless(head, "<feed") && HTMLBytes.containsCaseless(head, "http://www.w3.org/2005/atom"))
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
    let writer = author(in: bytes, range: range, isAtom: isAtom)
    return FeedItem(title: title, link: link, author: writer, published: published, text: HTMLReader.read(html).text)
  }

  /// The item's author: Atom's `<author><name>`, RSS's `<dc:creator>` or `<author>` (an address
  /// with the name in parentheses, `desk@example.org (Jane Doe)`, gives the name).
  private static func author(in bytes: [UInt8], range: Range<Int>, isAtom: Bool) -> String? {
    if isAtom {
      let author = FeedElements.contents(of: "author", in: bytes, within: range).first
      return author.flatMap { FeedElements.text(of: "name", in: bytes, within: $0) }.flatMap(BylineText.cleaned)
    }
    let names = ["dc:creator", "author"].lazy.compactMap { FeedElements.text(of: $0, in: bytes, within: range) }
    guard let stated = names.first else { return nil }
    if let open = stated.firstIndex(of: "("), let close = stated.lastIndex(of: ")"), open < close {
      return BylineText.cleaned(String(stated[stated.index(after: open)..<close]))
    }
    return BylineText.cleaned(stated)
  }

  /// Where the first element starts: past a byte-order mark, white space, `<?…?>` and `<!…>`.
  private static func firstElement(_ bytes: [UInt8]) -> Int? {
    var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while index < min(bytes.count, 4096) {
      if HTMLBytes.isSpace(bytes[index]) {
        index += 1
      } else if bytes[index...].starts(with: Array("<?".utf8)) || bytes[index...].starts(with: Array("<!".utf8)) {
        let terminator = bytes[index...].starts(with: Array("<!--".utf8)) ? "-->" : ">"
        guard let close = XMLScan.find(terminator, in: bytes, from: index) else { return nil }
        index = close + terminator.utf8.count
      } else {
        return bytes[index] == UInt8(ascii: "<") ? index : nil
      }
    }
    return nil
  }
}
