/// The readers, in the order they are asked: the first that accepts an input reads it. Formats
/// with a recognizable content come first; plain text takes whatever is left.
enum ReaderRegistry {
  /// Every reader, most specific first.
  static let readers: [any DocumentReader.Type] = [TimeMLReader.self, HTMLReader.self, MarkdownReader.self, PlainTextReader.self]

  /// The reader for `input`.
  static func reader(for input: ReaderInput) -> any DocumentReader.Type {
    readers.first { $0.accepts(input) } ?? PlainTextReader.self
  }

  /// The body and metadata of `input`, read by its reader.
  static func read(_ input: ReaderInput) throws -> ReadArticle {
    try reader(for: input).read(input)
  }
}
