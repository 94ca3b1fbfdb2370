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
    var hidden = Array(repeating: false, count: tree.elements.count)
    for index in 1..<tree.elements.count {
      let element = tree.elements[index]
      hidden[index] = hidden[element.parent] || HTMLElementHints.isHidden(element)
      guard !hidden[index], namesAuthor(element) else { continue }
      let source = markedName(inside: index, tree) ?? index
      let text = tree.textContent(of: source, limit: BylineText.maximumLength * 2)
      if let byline = BylineText.cleaned(text) { return byline }
    }
    return nil
  }

  private static func namesAuthor(_ element: HTMLTree.Element) -> Bool {
    element.lowercased("rel") == "author" || element.lowercased("itemprop").contains("author")
      || classHints.matches(HTMLElementHints.classAndID(element))
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
