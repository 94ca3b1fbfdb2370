/// Reads the text of an HTML article: paragraphs from block elements, entities decoded, scripts
/// and styles dropped; the title and publication date from `<title>` and `<meta>` when present.
enum HTMLReader: DocumentReader {
  /// What an HTML page gives: its text (paragraphs separated by blank lines) and metadata.
  struct Page {
    var text: [UInt8]
    var title: String?
    var published: String?
  }

  private static let blockElements: Set<String> = [
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section",
    "article", "header", "footer", "figcaption", "pre", "ul", "ol", "table", "hr",
  ]
  private static let skippedElements: Set<String> = ["script", "style", "noscript", "template", "svg", "head"]

  /// An `.html` or `.htm` name, or content that looks like HTML.
  static func accepts(_ input: ReaderInput) -> Bool {
    ["html", "htm"].contains(input.fileExtension) || looksLikeHTML(input.text)
  }

  /// The page's text, its title, and its publication date when a `<meta>` gives a readable one.
  static func read(_ input: ReaderInput) throws -> ReadArticle {
    let page = read(input.text)
    var article = ReadArticle(body: page.text)
    article.metadata.title = page.title
    article.metadata.published = page.published.flatMap(publicationDate)
    return article
  }

  /// Whether the bytes look like HTML (a doctype or an `<html>` tag near the start).
  static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
    guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }), bytes[first] == UInt8(ascii: "<")
    else { return false }
    let head = bytes[first..<min(bytes.count, first + 1024)].map(\.asciiLowercased)
    return contains(head, "<!doctype html") || contains(head, "<html")
  }

  /// Whether `bytes` hold the ASCII text `needle`.
  private static func contains(_ bytes: [UInt8], _ needle: StaticString) -> Bool {
    let count = needle.utf8CodeUnitCount
    guard bytes.count >= count else { return false }
    let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: count)
    return (0...(bytes.count - count)).contains { start in
      bytes[start] == pattern[0] && (1..<count).allSatisfy { bytes[start + $0] == pattern[$0] }
    }
  }

  static func read(_ bytes: [UInt8]) -> Page {
    var page = Page(text: [], title: nil, published: nil)
    var title: [UInt8]?
    var index = 0
    var skipping: String?
    var pendingBreak = false
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "<"), let tag = Tag(bytes, at: index) {
        index = tag.end
        if let skipped = skipping {
          if tag.isClosing && tag.name == skipped { skipping = nil }
        } else if tag.name == "title" {
          if tag.isClosing, let collected = title {
            page.title = String(decoding: collected, as: UTF8.self).trimmingASCIIWhitespace()
          }
          title = tag.isClosing ? nil : []
        } else if tag.name == "meta" {
          readMeta(tag, into: &page)
        } else if skippedElements.contains(tag.name) && !tag.isClosing && !tag.isSelfClosing && tag.name != "head" {
          skipping = tag.name
        } else if blockElements.contains(tag.name) {
          pendingBreak = true
        }
        continue
      }
      var piece = [byte]
      var next = index + 1
      if byte == UInt8(ascii: "&"), let (decoded, end) = Entity.decode(bytes, at: index) {
        piece = decoded
        next = end
      }
      index = next
      if skipping != nil { continue }
      if title != nil {
        title?.append(contentsOf: piece)
        continue
      }
      if piece == [0x0A] || piece == [0x0D] || piece == [0x09] || piece == [0x20] {
        if let last = page.text.last, last != 0x20, last != 0x0A { page.text.append(0x20) }
        continue
      }
      if pendingBreak {
        while page.text.last == 0x20 { page.text.removeLast() }
        if !page.text.isEmpty { page.text += [0x0A, 0x0A] }
        pendingBreak = false
      }
      page.text += piece
    }
    while page.text.last == 0x20 { page.text.removeLast() }
    return page
  }

  private static func readMeta(_ tag: Tag, into page: inout Page) {
    let key = (tag.attributes["property"] ?? tag.attributes["name"] ?? tag.attributes["itemprop"] ?? "").lowercased()
    guard let content = tag.attributes["content"] else { return }
    switch key {
    case "article:published_time", "datepublished", "date", "pubdate", "dc.date", "og:published_time":
      if page.published == nil { page.published = content }
    case "og:title":
      if page.title == nil { page.title = content }
    default: break
    }
  }
}
