/// One input as a reader sees it: its name (a path, `-`, or the sample's name) and its text,
/// already normalized (valid UTF-8, no BOM, `\n` line ends).
struct ReaderInput {
  /// The input's name, used for its extension and in messages.
  let name: String
  /// The normalized text.
  let text: [UInt8]

  /// The name's extension, lower-cased, or the empty string.
  var fileExtension: String {
    guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return "" }
    return name[name.index(after: dot)...].lowercased()
  }
}

/// What a reader found in an input, or in one part of it (a feed's item): the body Dateline
/// extracts from, the metadata, and doubts.
struct ReadArticle {
  /// The document's name when the input holds several articles (a feed item's link); `nil` for
  /// the input's own name.
  var name: String?
  /// The body text: the article without markup, metadata blocks or headers.
  var body: [UInt8]
  /// Title, source, publication date and address, as far as the input gives them.
  var metadata = DocumentMetadata()
  /// Doubts about the input that did not stop the reading.
  var findings: [Finding] = []
  /// The byte ranges of `body` that hold code listings or program output (`Document.listings`).
  var listings: [Range<Int>] = []
}

/// Reads one input format (plain text, Markdown, HTML, TimeML, feeds). `ReaderRegistry` picks the
/// first reader, in its order, that accepts an input.
protocol DocumentReader: Sendable {
  /// Whether this reader reads `input`: judged from its content, and from its extension.
  static func accepts(_ input: ReaderInput) -> Bool
  /// The articles of `input`, in order: one for most formats, one per item for a feed.
  static func articles(_ input: ReaderInput) throws -> [ReadArticle]
}

/// A reader of a format that holds one article.
protocol ArticleReader: DocumentReader {
  /// The body and metadata of `input`.
  static func read(_ input: ReaderInput) throws -> ReadArticle
}

extension ArticleReader {
  /// The one article of `input`.
  static func articles(_ input: ReaderInput) throws -> [ReadArticle] {
    [try read(input)]
  }
}

extension DocumentReader {
  /// Reads a publication date: a TIMEX3 value or ISO 8601 date-time, cut to the day when it has
  /// a time (publication times are in zones the reader does not share).
  static func publicationDate(_ text: String) -> TimeValue? {
    guard let value = TimeValue(timex: text), let point = value.point, point.year != nil else { return nil }
    return .point(point.truncated(to: min(point.precision, .day)))
  }

  /// Reads a publication day whose year the article leaves out (`XXXX-05-14`); extraction infers
  /// the year from the text.
  static func dayWithoutYear(_ text: String) -> TimeValue? {
    guard let point = TimePoint(timex: text), point.year == nil, point.month != nil, point.day != nil,
      point.precision == .day
    else { return nil }
    return .point(point)
  }
}
