import Foundation

/// What a page says about its article, outside the article text: from JSON-LD, `<meta>` tags
/// (Open Graph, Dublin Core, parsely), the `<title>`, the byline, dates on `<time>` and `itemprop`
/// elements, and the date in its address.
struct HTMLPageMetadata {
  var title: String?
  var siteName: String?
  /// Who wrote the article (`HTMLByline`).
  var byline: String?
  /// The publication day, `YYYY-MM-DD`.
  var published: String?
  /// The article text JSON-LD gives, when it gives one.
  var articleBody: String?

  private static let titleKeys = [
    "dc:title", "dc.title", "dcterm:title", "dcterms.title", "og:title", "weibo:article:title", "weibo:webpage:title", "title",
    "twitter:title", "parsely-title",
  ]
  private static let dateKeys = [
    "article:published_time", "article:published", "og:article:published_time", "og:published_time", "datepublished",
    "dc.date.issued", "dc.date", "dc:date", "dcterms.issued", "dcterms.created", "dcterms.date", "dc.date.created",
    "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date", "published_time",
    "article.published", "citation_publication_date", "citation_date", "date",
  ]

  /// Reads the metadata of `tree`; `content` are the article's elements, whose `<time>` tags
  /// date it when nothing else does.
  init(_ tree: HTMLTree, content: [Int]) {
    let metas = Self.metaValues(tree)
    let article = HTMLJSONLD.article(in: tree.jsonLD)
    siteName = metas["og:site_name"] ?? article?.publisherName
    articleBody = article?.articleBody
    byline = HTMLByline.find(tree, metas: metas, article: article)
    let headings = tree.elements.indices.filter { ["h1", "h2"].contains(tree.elements[$0].name) }.prefix(64)
      .map { tree.textContent(of: $0, limit: 1_000) }
    let stated = article.flatMap { HTMLJSONLD.title(of: $0, pageTitle: tree.title) } ?? Self.titleKeys.lazy.compactMap { metas[$0] }.first { !$0.isEmpty }
    if let stated {
      title = stated.trimmingASCIIWhitespace()
    } else if let pageTitle = tree.title, !pageTitle.isEmpty {
      title = TitleText.cleaned(pageTitle, headings: headings)
    }
    published = Self.publishedDay(tree, metas: metas, article: article, content: content)
  }

  /// Meta contents by lower-cased `property`, `name` or `itemprop` (each of several names
  /// that a `property` lists); the first of a repeated name wins.
  private static func metaValues(_ tree: HTMLTree) -> [String: String] {
    var values: [String: String] = [:]
    for meta in tree.metas {
      guard let content = meta["content"] else { continue }
      let names = [meta["property"], meta["name"], meta["itemprop"]].compactMap { $0?.lowercased() }
      for name in names.flatMap({ $0.split(separator: " ") }) where values[String(name)] == nil {
        values[String(name)] = content.trimmingASCIIWhitespace()
      }
    }
    return values
  }

  private static func publishedDay(_ tree: HTMLTree, metas: [String: String], article: HTMLJSONLD.Article?, content: [Int])
    -> String?
  {
    if let day = article?.datePublished.flatMap({ PublicationDateText.day($0) }) { return day }
    for key in dateKeys {
      if let value = metas[key], let day = PublicationDateText.day(value) { return day }
    }
    if let page = metas["parsely-page"], let day = HTMLJSONLD.string("pub_date", in: Array(page.utf8)).flatMap({ PublicationDateText.day($0) }) {
      return day
    }
    if let day = elementDay(tree, content: content) { return day }
    let addresses = tree.links.filter { $0["rel"]?.lowercased() == "canonical" }.compactMap { $0["href"] }
      + [metas["og:url"]].compactMap { $0 }
    return addresses.lazy.compactMap(PublicationDateText.day(inURL:)).first
  }

  /// The date of an element marked `itemprop="datePublished"`, else of the first `<time>` in
  /// the article (or marked `pubdate` anywhere).
  private static func elementDay(_ tree: HTMLTree, content: [Int]) -> String? {
    func day(_ index: Int) -> String? {
      let element = tree.elements[index]
      let stated = element.attributes["datetime"] ?? element.attributes["content"] ?? tree.textContent(of: index, limit: 200)
      return PublicationDateText.day(stated)
    }
    let marked = tree.elements.indices.filter {
      tree.elements[$0].lowercased("itemprop") == "datepublished"
        || (tree.elements[$0].name == "time" && tree.elements[$0].attributes["pubdate"] != nil)
    }
    if let found = marked.lazy.compactMap(day).first { return found }
    let times = tree.elements.indices.filter { index in
      tree.elements[index].name == "time" && content.contains { tree.contains($0, index) }
    }
    return times.lazy.compactMap(day).first
  }
}
