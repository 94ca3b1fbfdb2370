import Foundation

/// Reads Markdown, and any text with a leading front-matter block: the front matter gives the
/// metadata (`title`, `author` or `byline`, `source`, `url`, `published` or `date`) and the rest is the body, read as
/// text.
enum MarkdownReader: ArticleReader {
  /// A `.md` or `.markdown` name, a leading `---` fence, or an ATX heading (`# …`) on one of the
  /// first lines.
  static func accepts(_ input: ReaderInput) -> Bool {
    ["md", "markdown"].contains(input.fileExtension) || input.text.starts(with: Array("---".utf8))
      || hasHeading(input.text)
  }

  /// The body after the front matter and the headline, and the front matter's fields. A heading
  /// that opens the body (`# Depot burns`) is the headline, as a plain text's first line is: the
  /// title (unless the front matter gives one), not a sentence of the story, whose event the lead
  /// tells again.
  static func read(_ input: ReaderInput) throws -> ReadArticle {
    guard let front = FrontMatter.read(input.text) else { return withoutFrontMatter(input.text) }
    let headline = openingHeading(in: input.text, from: front.bodyStart)
    let afterHeadline = headline?.end ?? front.bodyStart
    let dateline = wireDateline(in: input.text, from: afterHeadline)
    let start = dateline?.end ?? afterHeadline
    var article = ReadArticle(body: Array(input.text[start..<WireCredit.bodyEnd(of: input.text, from: start)]))
    article.metadata.title = headline?.title
    article.metadata.source = dateline?.line.agency
    article.metadata.published = dateline.flatMap { found in
      found.line.day.flatMap { publicationDate($0) } ?? found.line.dayWithoutYear.flatMap { dayWithoutYear($0) }
    }
    for (key, value) in front.fields {
      switch key {
      case "title": article.metadata.title = value
      case "author", "byline": article.metadata.byline = value
      case "source": article.metadata.source = value
      case "url": article.metadata.url = value
      case "published", "date":
        if let date = publicationDate(value) {
          article.metadata.published = date
        } else {
          article.findings.append(Finding(.badMetadata, message: "\(input.name): cannot read published date “\(value)”"))
        }
      default: continue
      }
    }
    return article
  }

  /// A text without front matter: its opening heading is the title; a wire dateline opening its
  /// first paragraph after its headings (`# Fire at depot` over `ORVAN, Nov. 6 (AP) -- …`) gives
  /// the agency and the day, and leaves the body.
  private static func withoutFrontMatter(_ text: [UInt8]) -> ReadArticle {
    let headline = openingHeading(in: text, from: 0)
    let bodyStart = headline?.end ?? 0
    var start = bodyStart
    while let line = nextLine(in: text, from: start), text[line.first] == UInt8(ascii: "#") { start = line.end }
    var article: ReadArticle
    if let dateline = wireDateline(in: text, from: start) {
      let opening = dateline.end - dateline.line.length
      article = ReadArticle(
        body: Array(text[bodyStart..<opening]) + text[dateline.end..<WireCredit.bodyEnd(of: text, from: dateline.end)])
      article.metadata.source = dateline.line.agency
      article.metadata.published =
        dateline.line.day.flatMap { publicationDate($0) } ?? dateline.line.dayWithoutYear.flatMap { dayWithoutYear($0) }
    } else {
      article = ReadArticle(body: Array(text[bodyStart...]))
    }
    article.metadata.title = headline?.title
    return article
  }

  /// The heading (`# …` to `###### …`) on the first line with something on it from `start`: its
  /// text without the marks and spaces around it, and where the line after it starts. Nil when
  /// that line is no heading, or its text is empty.
  private static func openingHeading(in text: [UInt8], from start: Int) -> (title: String, end: Int)? {
    guard let line = nextLine(in: text, from: start), let index = headingText(in: text, line: line.first) else { return nil }
    let trimmed = String(decoding: text[index..<line.end], as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let title = String(trimmed.reversed().drop { $0 == "#" }.reversed()).trimmingCharacters(in: .whitespaces)
    return title.isEmpty ? nil : (title, line.end)
  }

  /// The first line with something on it from `start`: where its first character is and where
  /// the line after it starts.
  private static func nextLine(in text: [UInt8], from start: Int) -> (first: Int, end: Int)? {
    var first = start
    while first < text.count, [0x0A, 0x0D, 0x20, 0x09].contains(text[first]) { first += 1 }
    guard first < text.count else { return nil }
    let end = text[first...].firstIndex(of: 0x0A).map { $0 + 1 } ?? text.count
    return (first, end)
  }

  /// The wire dateline opening the body's first line (`VIENNA (Reuters) - `), with where it ends:
  /// it belongs to no sentence of the story.
  private static func wireDateline(in text: [UInt8], from start: Int) -> (line: WireDateline, end: Int)? {
    var first = start
    while first < text.count, [0x0A, 0x0D, 0x20, 0x09].contains(text[first]) { first += 1 }
    let end = text[first...].firstIndex(of: 0x0A) ?? text.count
    guard first < end, let line = WireDateline(String(decoding: text[first..<end], as: UTF8.self)) else { return nil }
    return (line, first + line.length)
  }

  /// Whether one of the first 20 lines opens with one to six `#` and a space.
  private static func hasHeading(_ text: [UInt8]) -> Bool {
    var start = 0
    for _ in 0..<20 where start < text.count {
      if headingText(in: text, line: start) != nil { return true }
      guard let end = text[start...].firstIndex(of: 0x0A) else { return false }
      start = end + 1
    }
    return false
  }

  /// Where the text of an ATX heading starts on the line starting at `line`: past one to six `#`
  /// and the space after them; nil when the line is no heading (`#hashtag`, seven `#`).
  private static func headingText(in text: [UInt8], line: Int) -> Int? {
    var index = line
    while index < text.count, index - line < 7, text[index] == UInt8(ascii: "#") { index += 1 }
    guard index > line, index - line <= 6, index < text.count, text[index] == UInt8(ascii: " ") else { return nil }
    return index
  }
}
