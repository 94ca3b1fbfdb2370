/// Finds who wrote a page's article: JSON-LD's `author`, then the author `<meta>` tags (Dublin
/// Core, `author`, parsely, Open Graph), then the first visible element that names the author
/// (`rel="author"`, `itemprop="author"`, a class or id of byline or author) with a short text.
enum HTMLByline {
  private static let metaKeys = [
    "dc:creator", "dc.creator", "dcterm:creator", "dcterms.creator", "author", "parsely-author", "article:author",
    "sailthru.author", "byl",
  ]
  /// "author" only as a whole word, so that `authorization` is no byline.
  private static let classHints = HTMLHintList(fragments: ["byline", "writtenby"], words: ["author", "authors"])
  /// How many elements inside a byline block are searched for the name itself.
  private static let nameSearchLimit = 64

  /// The byline of `tree`, cleaned (`BylineText`), or `nil`.
  static func find(_ tree: HTMLTree, metas: [String: String], article: HTMLJSONLD.Article?) -> String? {
    let stated = (article?.authors ?? []).compactMap(BylineText.cleaned)
    if !stated.isEmpty { return stated.joined(separator: ", ") }
    if let meta = metaKeys.lazy.compactMap({ metas[$0].flatMap(BylineText.cleaned) }).first { return meta }
    return elementByline(tree)
  }

  /// The text of the first visible element that names the author, or of the name marked inside it.
  private static func elementByline(_ tree: HTMLTree) -> String? {
    for index in 1..<tree.elements.count where namesAuthor(tree.elements[index]) && !isHidden(index, tree) {
      let source = markedName(inside: index, tree) ?? index
      let text = tree.textContent(of: source, limit: BylineText.maximumLength * 2)
      if let byline = BylineText.cleaned(text) { return byline }
    }
    return nil
  }

  /// Whether `rel`, `itemprop`, class or id name the author. One pass over the attributes, and a
  /// byte scan that allocates nothing, turn most elements down.
  private static func namesAuthor(_ element: HTMLTree.Element) -> Bool {
    var named = false
    for (key, value) in element.attributes {
      switch key {
      case "rel": if value.lowercased() == "author" { return true }
      case "itemprop": if value.lowercased().contains("author") { return true }
      case "class", "id": named = named || mentionsAuthor(value)
      default: continue
      }
    }
    return named && classHints.matches(HTMLElementHints.classAndID(element))
  }

  /// Whether `value` holds "author", "byline" or "writtenby" in any case.
  private static func mentionsAuthor(_ value: String) -> Bool {
    var value = value
    return value.withUTF8 { bytes in
      var index = 0
      while index + 6 <= bytes.count {
        let byte = bytes[index] | 0x20
        if byte == UInt8(ascii: "a") || byte == UInt8(ascii: "b") || byte == UInt8(ascii: "w") {
          for word in hintWords where index + word.count <= bytes.count && word.first == byte {
            if (0..<word.count).allSatisfy({ bytes[index + $0] | 0x20 == word[$0] }) { return true }
          }
        }
        index += 1
      }
      return false
    }
  }

  private static let hintWords = ["author", "byline", "writtenby"].map { Array($0.utf8) }

  /// Whether the element or one of its ancestors is hidden from readers.
  private static func isHidden(_ index: Int, _ tree: HTMLTree) -> Bool {
    var current = index
    while current > 0 {
      if HTMLElementHints.isHidden(tree.elements[current]) { return true }
      current = tree.elements[current].parent
    }
    return false
  }

  /// The first element inside `index` marked as the name (`itemprop="name"`) or as the author.
  private static func markedName(inside index: Int, _ tree: HTMLTree) -> Int? {
    let end = min(tree.elements[index].end, index + 1 + nameSearchLimit)
    return (index + 1..<end).first { inner in
      let element = tree.elements[inner]
      return element.lowercased("itemprop") == "name" || element.lowercased("rel") == "author"
        || element.lowercased("itemprop").contains("author")
    }
  }
}
