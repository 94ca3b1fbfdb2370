/// What an element's name, class, id, role and style say about it: whether it is hidden or never
/// article text, whether it is an unlikely place for the article, and how its class and id
/// weigh for or against it.
enum HTMLElementHints {
  /// Elements whose text is never the article's.
  static let neverContent: Set<String> = [
    "nav", "aside", "footer", "header", "form", "button", "select", "input", "svg", "math", "canvas", "object",
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
  private static let unlikely = [
    "banner", "breadcrumb", "combx", "comment", "community", "cookie", "disqus", "extra", "footer", "gdpr", "header",
    "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor",
    "supplemental", "agegate", "pagination", "pager", "popup", "newsletter", "subscribe", "navbar",
  ]
  private static let unlikelyWords: Set<String> = ["ad", "ads", "nav", "advert", "advertisement", "aside"]
  private static let maybe = ["and", "article", "body", "column", "content", "main", "shadow"]
  private static let negative = [
    "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "gdpr", "masthead", "media", "meta", "outbrain",
    "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool",
    "widget", "newsletter", "subscribe", "cookie", "social", "byline",
  ]
  private static let negativeWords: Set<String> = ["ad", "ads", "nav", "hid", "menu"]
  private static let positive = ["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story"]

  /// Whether the element is hidden from readers: `hidden`, `aria-hidden="true"`, a style that
  /// hides it, or a role of navigation, complementary content or dialog.
  static func isHidden(_ element: HTMLTree.Element) -> Bool {
    if element.attributes["hidden"] != nil { return true }
    if element.lowercased("aria-hidden") == "true" { return true }
    if let role = element.attributes["role"], hiddenRoles.contains(role.lowercased()) { return true }
    guard let style = element.attributes["style"] else { return false }
    let compact = style.lowercased().filter { $0 != " " }
    return compact.contains("display:none") || compact.contains("visibility:hidden")
  }

  /// Whether class or id name a place articles do not live (menus, comments, sharing, ads), and
  /// nothing names a place they do.
  static func isUnlikely(_ element: HTMLTree.Element) -> Bool {
    guard !["body", "a", "article", "main"].contains(element.name), !isMarkedArticleBody(element) else { return false }
    let names = classAndID(element)
    guard !names.isEmpty else { return false }
    let words = Set(names.split { !$0.isLetter && !$0.isNumber }.map(String.init))
    let isUnlikely = unlikely.contains { names.contains($0) } || !words.isDisjoint(with: unlikelyWords)
    return isUnlikely && !maybe.contains { names.contains($0) }
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
      let names = element.lowercased(attribute)
      guard !names.isEmpty else { continue }
      let words = Set(names.split { !$0.isLetter && !$0.isNumber }.map(String.init))
      if negative.contains(where: { names.contains($0) }) || !words.isDisjoint(with: negativeWords) { weight -= 25 }
      if positive.contains(where: { names.contains($0) }) { weight += 25 }
    }
    return weight
  }

  /// The element's class and id, lower-cased, joined by a space.
  static func classAndID(_ element: HTMLTree.Element) -> String {
    let names = element.lowercased("class") + " " + element.lowercased("id")
    return names == " " ? "" : names
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
