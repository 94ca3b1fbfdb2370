/// Reads plain text: one paragraph per line or paragraphs separated by blank lines, after the
/// header a news article may open with (`PlainTextHeader`: headline, byline, date line), which
/// gives the metadata.
enum PlainTextReader: ArticleReader {
  /// Plain text is what every other reader leaves.
  static func accepts(_ input: ReaderInput) -> Bool { true }

  /// The body after the header and before a wire story's credit lines, and what the header and a
  /// wire dateline tell.
  static func read(_ input: ReaderInput) throws -> ReadArticle {
    let header = PlainTextHeader.read(input.text)
    let end = WireCredit.bodyEnd(of: input.text, from: header.bodyStart)
    var article = ReadArticle(
      body: header.bodyStart == 0 && end == input.text.count ? input.text : Array(input.text[header.bodyStart..<end]))
    article.metadata.title = header.title
    article.metadata.byline = header.byline
    article.metadata.source = header.source
    article.metadata.published = header.published.flatMap { publicationDate($0) ?? dayWithoutYear($0) }
    return article
  }
}
