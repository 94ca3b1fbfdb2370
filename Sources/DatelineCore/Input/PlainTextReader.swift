/// Reads plain text: the whole input is the body, one paragraph per line or paragraphs separated
/// by blank lines.
enum PlainTextReader: ArticleReader {
  /// Plain text is what every other reader leaves.
  static func accepts(_ input: ReaderInput) -> Bool { true }

  /// The text as it is, without metadata.
  static func read(_ input: ReaderInput) throws -> ReadArticle {
    ReadArticle(body: input.text)
  }
}
