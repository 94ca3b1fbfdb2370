/// What an element's name, class, id, role and style say about it: whether it is hidden or never
/// article text, whether it is an unlikely place for the article, and how its class and id
/// weigh for or against it.
enum HTMLElementHints {
  /// Elements whose text is never the article's.
  static let neverContent: Set<String> = [
    "nav", "aside", "footer", "header", "button", "select", "input", "svg", "math", "canvas", "object",
    "embed", "dialog", "menu", "audio", "video", "map",
  ]
  /// Elements that start a new block of text.
  static let blocks: Set<String> = [
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
  ]
  private static let hiddenRoles: Set<String> = [
    "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo",
  ]
  private static let unlikely = HTMLHintList(
    fragments: [
      "banner", "breadcrumb", "combx", "comment", "community", "cookie", "disqus", "extra", "footer", "gdpr", "header",
      "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor",
      "supplemental", "agegate", "pagination", "pager", "popup", "newsletter", "subscribe", "navbar",
    ],
    words: ["ad", "ads", "nav", "advert", "advertisement", "aside"])
  private static let maybe = HTMLHintList(fragments: ["and", "article", "body", "column", "content", "main", "shadow"])
  private static let negative = HTMLHintList(
    fragments: [
      "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "gdpr", "masthead", "media", "meta", "outbrain",
      "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool",
      "widget", "newsletter", "subscribe", "cookie", "social", "byline",
    ],
    words: ["ad", "ads", "nav", "hid", "menu"])
  private static let positive = HTMLHintList(fragments: [
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story",
  ])
  private static let share = HTMLHintList(fragments: ["share"])
  private static let byline = HTMLHintList(fragments: ["byline", "author", "dateline", "writtenby", "p-author"])
  private static let hidingStyles = [Array("display:none".utf8), Array("visibility:hidden".utf8)]

  /// Whether the element is hidden from readers: `hidden`, `aria-hidden="true"`, a style that
  /// hides it, or a role of navigation, complementary content or dialog.
  static func isHidden(_ element: HTMLTree.Element) -> Bool {
    if element.attributes["hidden"] != nil { return true }
    if element.lowercased("aria-hidden") == "true" { return true }
    if let role = element.attributes["role"], hiddenRoles.contains(role.lowercased()) { return true }
    guard let style = element.attributes["style"] else { return false }
    let compact = style.utf8.filter { !HTMLBytes.isSpace($0) }.map(\.asciiLowercased)
    return hidingStyles.contains { HTMLBytes.find($0, in: compact, from: 0) != nil }
  }

  /// Whether class or id name a place articles do not live (menus, comments, sharing, ads), and
  /// nothing names a place they do.
  static func isUnlikely(_ element: HTMLTree.Element) -> Bool {
    guard !["body", "a", "article", "main"].contains(element.name), !isMarkedArticleBody(element) else { return false }
    let names = classAndID(element)
    return !names.isEmpty && unlikely.matches(names) && !maybe.matches(names)
  }

  /// Whether microdata marks the element as the article's body (`itemprop="articleBody"`).
  static func isMarkedArticleBody(_ element: HTMLTree.Element) -> Bool {
    element.lowercased("itemprop").contains("articlebody")
  }

  /// +25 for a class and for an id that name article text, -25 for each that names boilerplate,
  /// and +25 for microdata that marks the article's body.
  static func classWeight(_ element: HTMLTree.Element) -> Int {
    var weight = isMarkedArticleBody(element) ? 25 : 0
    for attribute in ["class", "id"] {
      let names = HTMLHintList.lowercasedBytes(element.attributes[attribute])
      guard !names.isEmpty else { continue }
      if negative.matches(names) { weight -= 25 }
      if positive.matches(names) { weight += 25 }
    }
    return weight
  }

  /// Whether the element names the article's author: `rel="author"`, an `itemprop` of author,
  /// or a class or id of byline or author.
  static func isByline(_ element: HTMLTree.Element) -> Bool {
    element.lowercased("rel") == "author" || element.lowercased("itemprop").contains("author")
      || byline.matches(classAndID(element))
  }

  /// Whether class or id name a sharing widget.
  static func isShareWidget(_ element: HTMLTree.Element) -> Bool {
    share.matches(classAndID(element))
  }

  /// The element's class and id as lower-cased bytes, joined by a space; empty when it has none.
  static func classAndID(_ element: HTMLTree.Element) -> [UInt8] {
    let className = element.attributes["class"]
    let id = element.attributes["id"]
    guard className != nil || id != nil else { return [] }
    return HTMLHintList.lowercasedBytes(className) + [0x20] + HTMLHintList.lowercasedBytes(id)
  }

  /// The score an element starts with as a candidate, from its name.
  static func nameWeight(_ name: String) -> Double {
    switch name {
    case "div", "article", "main", "section": 5
    case "pre", "td", "blockquote": 3
    case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": -3
    case "h1", "h2", "h3", "h4", "h5", "h6", "th": -5
    default: 0
    }
  }
}
