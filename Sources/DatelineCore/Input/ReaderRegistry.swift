/// The readers, in the order they are asked: the first that accepts an input reads it. Formats
/// with a recognizable content come first; plain text takes whatever is left.
enum ReaderRegistry {
  /// Every reader, most specific first.
  static let readers: [any DocumentReader.Type] = [
    TimeMLReader.self, FeedReader.self, HTMLReader.self, MarkdownReader.self, PlainTextReader.self,
  ]

  /// The names of XML inputs that only a TimeML or feed reader can read.
  private static let xmlExtensions: Set<String> = ["xml", "rss", "atom"]

  /// The reader for `input`.
  static func reader(for input: ReaderInput) -> any DocumentReader.Type {
    readers.first { $0.accepts(input) } ?? PlainTextReader.self
  }

  /// The articles of `input`, read by its reader: one, or one per item of a feed. An `.xml`,
  /// `.rss` or `.atom` file that is neither TimeML, a feed nor a web page is refused rather than
  /// read as text.
  static func articles(_ input: ReaderInput) throws -> [ReadArticle] {
    let reader = reader(for: input)
    if xmlExtensions.contains(input.fileExtension), reader == MarkdownReader.self || reader == PlainTextReader.self {
      throw CoreError.unreadable(path: input.name, reason: "XML that is neither an RSS or Atom feed nor TimeML")
    }
    return try reader.articles(input)
  }
}
