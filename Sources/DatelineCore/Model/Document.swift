/// One article: its UTF-8 text (the body, without front matter) and what is known about it.
public struct Document: Sendable {
  /// The index of the document in the timeline's document list.
  public var id: Int
  /// What to call the document in messages and panes: a path, `-`, or the sample's name.
  public var name: String
  /// Title, source, publication date and other front-matter fields.
  public var metadata: DocumentMetadata
  /// The body text as UTF-8 bytes: valid UTF-8, no BOM, `\n` line ends.
  public var text: [UInt8]
  /// Paragraph byte ranges, in order, covering the non-blank text.
  public var paragraphs: ParagraphRanges
  /// Doubts about the input that did not stop the reading (invalid UTF-8 replaced, …).
  public var findings: [Finding]
  /// Byte ranges of the text, in order, that hold code listings or a program's output (a web
  /// page's `<pre>`): kept for reading, but they tell no events.
  public var listings: [Range<Int>] = []

  /// Creates a document and segments its text into paragraphs.
  public init(
    id: Int, name: String, metadata: DocumentMetadata = DocumentMetadata(), text: [UInt8],
    findings: [Finding] = []
  ) {
    self.id = id
    self.name = name
    self.metadata = metadata
    self.text = text
    self.paragraphs = ParagraphSplitter.paragraphs(in: text)
    self.findings = findings
  }

  /// The text in `range` as a `String`.
  public func string(_ range: Range<Int>) -> String {
    let clamped = range.clamped(to: 0..<text.count)
    return String(decoding: text[clamped], as: UTF8.self)
  }

  /// The zero-based paragraph that contains the byte at `offset` (the nearest one before it
  /// when the offset falls between paragraphs).
  public func paragraph(containing offset: Int) -> Int {
    max(0, paragraphs.partitioningIndex { $0.lowerBound > offset } - 1)
  }

  /// A span over `range` of this document, with its paragraph filled in.
  public func span(_ range: Range<Int>) -> SourceSpan {
    SourceSpan(
      document: id, start: range.lowerBound, end: range.upperBound,
      paragraph: paragraph(containing: range.lowerBound))
  }
}

/// Facts about a document from its front matter, its TimeML header or the command line.
public struct DocumentMetadata: Sendable, Hashable {
  /// The headline.
  public var title: String?
  /// Who wrote it, as the article states it ("Jane Doe, Sam Roe").
  public var byline: String?
  /// The publisher, e.g. "Arab News".
  public var source: String?
  /// The address the article was published at.
  public var url: String?
  /// The publication date, the reference time for relative expressions.
  public var published: TimeValue?

  /// Creates metadata; every field is optional.
  public init(
    title: String? = nil, byline: String? = nil, source: String? = nil, url: String? = nil, published: TimeValue? = nil
  ) {
    self.title = title
    self.byline = byline
    self.source = source
    self.url = url
    self.published = published
  }
}
