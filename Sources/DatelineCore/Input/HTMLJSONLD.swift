import Foundation

/// Reads the article a page describes in JSON-LD (`<script type="application/ld+json">`): the
/// first object whose `@type` is an article or posting, in a list or an `@graph` as well.
enum HTMLJSONLD {
  /// The fields of a JSON-LD article the reader uses.
  struct Article {
    var headline: String?
    var name: String?
    var datePublished: String?
    var articleBody: String?
    var publisherName: String?
    /// The names of its authors, in order.
    var authors: [String] = []
  }

  /// The first article in `blocks`, or `nil`.
  static func article(in blocks: [[UInt8]]) -> Article? {
    for block in blocks {
      guard let json = try? JSONSerialization.jsonObject(with: Data(trimmed(block)), options: [.fragmentsAllowed]),
        let object = firstArticle(json, depth: 0)
      else { continue }
      let publisher = object["publisher"] as? [String: Any]
      return Article(
        headline: object["headline"] as? String, name: object["name"] as? String,
        datePublished: object["datePublished"] as? String,
        articleBody: object["articleBody"] as? String,
        publisherName: publisher?["name"] as? String,
        authors: authorNames(object["author"]))
    }
    return nil
  }

  /// The article's title: its `name`, or its `headline` when only the headline is like the
  /// page's `<title>`.
  static func title(of article: Article, pageTitle: String?) -> String? {
    guard let name = article.name, let headline = article.headline, name != headline else {
      return article.name ?? article.headline
    }
    let pageTitle = pageTitle ?? ""
    let headlineMatches = TitleText.similarity(headline, pageTitle) > 0.75
    return headlineMatches && TitleText.similarity(name, pageTitle) <= 0.75 ? headline : name
  }

  /// The string value of `key` in the JSON object `bytes`, or `nil`.
  static func string(_ key: String, in bytes: [UInt8]) -> String? {
    let json = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    return (json as? [String: Any])?[key] as? String
  }

  /// The names an `author` value gives: a name, a person or organization object with a
  /// `name`, or a list of either.
  private static func authorNames(_ value: Any?) -> [String] {
    func name(_ value: Any) -> String? {
      (value as? String) ?? ((value as? [String: Any])?["name"] as? String)
    }
    if let list = value as? [Any] { return list.compactMap(name) }
    return value.flatMap(name).map { [$0] } ?? []
  }

  private static func firstArticle(_ json: Any, depth: Int) -> [String: Any]? {
    guard depth < 4 else { return nil }
    if let list = json as? [Any] {
      return list.lazy.compactMap { firstArticle($0, depth: depth + 1) }.first
    }
    guard let object = json as? [String: Any] else { return nil }
    let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
    if types.contains(where: isArticleType) { return object }
    if let graph = object["@graph"] { return firstArticle(graph, depth: depth + 1) }
    return nil
  }

  private static func isArticleType(_ type: String) -> Bool {
    type.hasSuffix("Article") || type == "BlogPosting" || type == "LiveBlogPosting" || type == "Report"
      || type == "SocialMediaPosting"
  }

  /// The block without the comment or CDATA marks some pages wrap it in.
  private static func trimmed(_ block: [UInt8]) -> [UInt8] {
    var text = String(decoding: block, as: UTF8.self).trimmingASCIIWhitespace()
    for (opening, closing) in [("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")]
    where text.hasPrefix(opening) && text.hasSuffix(closing) {
      text = String(text.dropFirst(opening.count).dropLast(closing.count))
    }
    return Array(text.utf8)
  }
}
