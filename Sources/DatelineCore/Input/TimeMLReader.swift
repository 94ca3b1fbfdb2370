/// Reads a TimeML (TempEval-3) file as an article: the text of its `<TEXT>` element, its
/// document creation time as publication date, and its title (or document id).
enum TimeMLReader: ArticleReader {
  /// A `.tml` name, or a `<TimeML` root element (after an XML declaration, comments and white
  /// space).
  static func accepts(_ input: ReaderInput) -> Bool {
    input.fileExtension == "tml" || hasTimeMLRoot(input.text)
  }

  /// The `<TEXT>` content and the header's metadata; a file without `<TEXT>` is refused, an
  /// unreadable `<DCT>` is a finding.
  static func read(_ input: ReaderInput) throws -> ReadArticle {
    let timeML = try TimeMLDocument(bytes: input.text, name: input.name)
    var article = ReadArticle(body: timeML.text)
    article.metadata.title = timeML.title ?? timeML.documentID
    article.metadata.published = timeML.creationTime.map { .point($0) }
    if let value = timeML.creationTimeValue, timeML.creationTime == nil {
      article.findings.append(
        Finding(.badMetadata, message: "\(input.name): the document creation time “\(value)” (<DCT>) cannot be read; ignored"))
    }
    return article
  }

  /// Whether the first element of `text` is `<TimeML`.
  private static func hasTimeMLRoot(_ text: [UInt8]) -> Bool {
    var index = 0
    while index < min(text.count, 4096) {
      let byte = text[index]
      if byte == 0x20 || byte == 0x0A || byte == 0x09 {
        index += 1
      } else if text[index...].starts(with: Array("<?".utf8)) || text[index...].starts(with: Array("<!".utf8)) {
        guard let close = text[index...].firstIndex(of: UInt8(ascii: ">")) else { return false }
        index = close + 1
      } else {
        return text[index...].starts(with: Array("<TimeML".utf8))
      }
    }
    return false
  }
}
