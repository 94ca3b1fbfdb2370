/// A sentence: its tokens, its bytes and its paragraph.
public struct Sentence: Hashable, Sendable {
  /// The indices of its tokens in the document's token list.
  public var tokens: Range<Int>
  /// Its byte range, from the first token's start to the last token's end.
  public var range: Range<Int>
  /// The zero-based paragraph it belongs to.
  public var paragraph: Int

  /// Creates a sentence.
  public init(tokens: Range<Int>, range: Range<Int>, paragraph: Int) {
    self.tokens = tokens
    self.range = range
    self.paragraph = paragraph
  }
}
