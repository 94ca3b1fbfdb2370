/// A document's text split into tokens and sentences: what every tagger reads.
public struct TextAnalysis: Sendable {
  /// The document's UTF-8 text.
  public let text: [UInt8]
  /// The paragraphs' byte ranges (of a block: those it holds, cut to it).
  public let paragraphs: [Range<Int>]
  /// All tokens (of a block: its own), in order.
  public let tokens: [Token]
  /// All sentences, in order; each lies inside one paragraph.
  public let sentences: [Sentence]

  /// Tokenizes and sentence-splits `document`.
  public init(_ document: Document, splitter: SentenceSplitter = .standard) {
    self.init(text: document.text, paragraphs: Array(document.paragraphs), splitter: splitter)
  }

  /// Tokenizes and sentence-splits `text`, whose paragraphs are given.
  public init(text: [UInt8], paragraphs: [Range<Int>], splitter: SentenceSplitter = .standard) {
    self.init(text: text, range: 0..<text.count, paragraphs: paragraphs, firstParagraph: 0, splitter: splitter)
  }

  /// Tokenizes and sentence-splits `block` of `document` only: the text is the whole document's
  /// (offsets are the document's), the tokens, sentences and paragraphs are the block's, and
  /// sentences count paragraphs as the document does.
  public init(_ document: Document, block: TextBlock, splitter: SentenceSplitter = .standard) {
    self.init(
      text: document.text, range: block.range,
      paragraphs: document.paragraphs[block.paragraphs].map { $0.clamped(to: block.range) },
      firstParagraph: block.paragraphs.lowerBound, splitter: splitter)
  }

  private init(
    text: [UInt8], range: Range<Int>, paragraphs: [Range<Int>], firstParagraph: Int, splitter: SentenceSplitter
  ) {
    self.text = text
    self.paragraphs = paragraphs
    let tokens = Tokenizer.tokens(in: text, range: range).withExactCapacity()
    self.tokens = tokens
    self.sentences = text.withUnsafeBufferPointer {
      splitter.sentences(text: $0, tokens: tokens, paragraphs: paragraphs, firstParagraph: firstParagraph)
    }.withExactCapacity()
  }

  /// Tokenizes and sentence-splits a plain string (paragraphs as for documents); for tests.
  public init(_ string: String) {
    let bytes = Array(string.utf8)
    self.init(text: bytes, paragraphs: Array(ParagraphSplitter.paragraphs(in: bytes)))
  }

  /// The text of a token.
  public func string(_ token: Token) -> String { string(token.range) }

  /// The text in `range`.
  public func string(_ range: Range<Int>) -> String { String(decoding: text[range], as: UTF8.self) }

  /// The index of the sentence that contains the byte at `offset`, if any.
  public func sentenceIndex(containing offset: Int) -> Int? {
    let index = sentences.partitioningIndex { $0.range.upperBound > offset }
    return index < sentences.count && sentences[index].range.lowerBound <= offset ? index : nil
  }
}
