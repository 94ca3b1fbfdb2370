/// Reads the article of an HTML page, not the whole page: the page is parsed into a tree, the
/// article found by Readability-class scoring (`HTMLContentExtractor`), or taken from JSON-LD's
/// `articleBody` when the scoring finds less than half of it, and written as paragraphs, less a
/// paragraph that only repeats the byline; title, byline, site and publication date come from
/// the page's metadata (`HTMLPageMetadata`).
enum HTMLReader: ArticleReader {
  /// What an HTML page gives: its article text (paragraphs separated by blank lines) and metadata.
  struct Page {
    var text: [UInt8]
    var title: String?
    var siteName: String?
    /// Who wrote the article.
    var byline: String?
    /// The publication day, `YYYY-MM-DD`.
    var published: String?
    /// The byte ranges of `text` that hold preformatted text (`<pre>`): code listings and
    /// program output, which tell no events.
    var listings: [Range<Int>] = []
  }

  /// Below this many bytes of article text the strict pass found nothing worth keeping, and is
  /// retried with fewer rules.
  private static let tooLittleText = 100
  /// Below this many bytes a JSON-LD body is too short to use.
  private static let enoughBody = 250

  /// An `.html` or `.htm` name (unless front matter opens the text), or content that looks like HTML.
  static func accepts(_ input: ReaderInput) -> Bool {
    (["html", "htm"].contains(input.fileExtension) && !input.text.starts(with: Array("---".utf8))) || looksLikeHTML(input.text)
  }

  /// The page's article text, its title, byline, site name and publication date when it states them.
  static func read(_ input: ReaderInput) throws -> ReadArticle {
    let page = read(input.text)
    var article = ReadArticle(body: page.text)
    article.listings = page.listings
    article.metadata.title = page.title
    article.metadata.source = page.siteName
    article.metadata.byline = page.byline
    article.metadata.published = page.published.flatMap(publicationDate)
    return article
  }

  /// Whether the bytes look like HTML (a doctype or an `<html>` tag near the start).
  static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
    guard let first = bytes.firstIndex(where: { !HTMLBytes.isSpace($0) }), bytes[first] == UInt8(ascii: "<")
    else { return false }
    let head = Array(bytes[first..<min(bytes.count, first + 1024)])
    return HTMLBytes.containsCaseless(head, "<!doctype html") || HTMLBytes.containsCaseless(head, "<html")
  }

  /// The article and metadata of the page in `bytes`.
  static func read(_ bytes: [UInt8]) -> Page {
    let (rendered, metadata) = article(of: bytes)
    let (text, listings) = joined(rendered)
    return Page(
      text: text, title: metadata.title, siteName: metadata.siteName, byline: metadata.byline,
      published: metadata.published, listings: listings)
  }

  /// The article's paragraphs and the page's metadata. The page's tree is let go of on return,
  /// before the paragraphs are joined: a page of 5 MB made a tree of about 15 MB.
  private static func article(of bytes: [UInt8]) -> (HTMLParagraphs, HTMLPageMetadata) {
    let tree = HTMLTreeBuilder.build(bytes)
    var selection = HTMLContentExtractor(tree: tree, rules: .strict).select()
    let metadata = HTMLPageMetadata(tree, content: selection.roots)
    let renderer = HTMLTextRenderer(tree: tree)
    var rendered = renderer.paragraphs(of: selection.roots, dropped: selection.dropped, title: metadata.title)
    if rendered.length < tooLittleText {
      selection = HTMLContentExtractor(tree: tree, rules: .lenient).select()
      let retried = renderer.paragraphs(of: selection.roots, dropped: selection.dropped, title: metadata.title)
      if retried.length > rendered.length { rendered = retried }
    }
    if let body = metadata.articleBody.map(bodyParagraphs), length(body) >= enoughBody, rendered.length * 2 < length(body) {
      rendered = HTMLParagraphs(body)
    }
    if let byline = metadata.byline,
      let repeated = (0..<rendered.count).first(where: { BylineText.repeats(byline, in: rendered[$0]) })
    {
      rendered.remove(at: repeated)
    }
    // A page that is mostly preformatted is a document laid out as plain text (a standard's
    // draft, a poem), not prose with listings set apart in it.
    let preformatted = (0..<rendered.count).reduce(0) { $0 + (rendered.isListing[$1] ? rendered[$1].count : 0) }
    if preformatted * 2 > rendered.length {
      rendered.isListing = Array(repeating: false, count: rendered.count)
    }
    return (rendered, metadata)
  }

  /// The paragraphs one after the other with a blank line between, in an array of exactly their
  /// size (a joined sequence grew by doubling, copying what it held each time), and the byte
  /// ranges of those that are listings.
  private static func joined(_ paragraphs: HTMLParagraphs) -> ([UInt8], [Range<Int>]) {
    var text: [UInt8] = []
    var listings: [Range<Int>] = []
    text.reserveCapacity(paragraphs.length + 2 * max(0, paragraphs.count - 1))
    for index in 0..<paragraphs.count {
      if !text.isEmpty {
        text.append(0x0A)
        text.append(0x0A)
      }
      let paragraph = paragraphs[index]
      if paragraphs.isListing[index] { listings.append(text.count..<(text.count + paragraph.count)) }
      text += paragraph
    }
    return (text, listings)
  }

  private static func length(_ paragraphs: [[UInt8]]) -> Int {
    paragraphs.reduce(0) { $0 + $1.count }
  }

  /// JSON-LD article text as paragraphs: one per line, white space collapsed.
  private static func bodyParagraphs(_ body: String) -> [[UInt8]] {
    body.utf8.split(separator: 0x0A).compactMap { line in
      let words = line.split { HTMLBytes.isSpace($0) }
      return words.isEmpty ? nil : Array(words.joined(separator: [0x20]))
    }
  }
}
