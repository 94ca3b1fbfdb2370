/// A sentence: its tokens, its bytes and its paragraph.
///
/// Stored in 20 bytes (32-bit indices and offsets, as in `Token`), since a document may hold
/// millions of sentences.
public struct Sentence: Hashable, Sendable {
  private var firstToken: Int32
  private var endToken: Int32
  private var start: Int32
  private var end: Int32
  private var storedParagraph: Int32

  /// Creates a sentence.
  public init(tokens: Range<Int>, range: Range<Int>, paragraph: Int) {
    firstToken = Int32(tokens.lowerBound)
    endToken = Int32(tokens.upperBound)
    start = Int32(range.lowerBound)
    end = Int32(range.upperBound)
    storedParagraph = Int32(paragraph)
  }

  /// The indices of its tokens in the document's token list.
  public var tokens: Range<Int> {
    get { Int(firstToken)..<Int(endToken) }
    set {
      firstToken = Int32(newValue.lowerBound)
      endToken = Int32(newValue.upperBound)
    }
  }

  /// Its byte range, from the first token's start to the last token's end.
  public var range: Range<Int> {
    get { Int(start)..<Int(end) }
    set {
      start = Int32(newValue.lowerBound)
      end = Int32(newValue.upperBound)
    }
  }

  /// The zero-based paragraph it belongs to.
  public var paragraph: Int {
    get { Int(storedParagraph) }
    set { storedParagraph = Int32(newValue) }
  }
}
