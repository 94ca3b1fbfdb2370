/// A stretch of a large document that is extracted on its own, so that the per-token arrays of
/// extraction never cover more than one block: whole paragraphs, or a piece of a paragraph too
/// long for one block, cut at the end of a sentence.
public struct TextBlock: Sendable, Hashable {
  /// Its bytes in the document's text.
  public var range: Range<Int>
  /// The indices of the document's paragraphs it holds; the first and the last may lie partly
  /// outside `range`.
  public var paragraphs: Range<Int>

  /// Creates a block.
  public init(range: Range<Int>, paragraphs: Range<Int>) {
    self.range = range
    self.paragraphs = paragraphs
  }

  /// How far past the target of a cut a sentence end is looked for.
  static let cutWindow = 1 << 16

  /// The most paragraphs a block holds: 128 bytes a paragraph in a block of 256 KiB. News
  /// paragraphs are longer (about 200 bytes in the generated news), so only text of many short
  /// lines, whose events and names per byte make a block's extraction several times larger, is
  /// cut into smaller blocks.
  public static let paragraphLimit = 2048

  /// The most tokens a block holds, about: 64 Ki, those of 320 KiB of news (about 5 bytes a
  /// token), so that news is cut by its bytes and only text of denser tokens (`a;a;…`, one
  /// date over and over, chains of entities: a token every 1 to 3 bytes) gets smaller blocks.
  /// A block's per-token arrays (tokens, words, tags) take about 25 bytes a token: 25 MB for a
  /// block of 1 MiB of separators.
  public static let tokenLimit = 1 << 16

  /// The blocks of `document`, in order, each at most `size` bytes long and of about
  /// `tokenLimit` tokens unless the sentence that ends it runs on past that, and of at most
  /// `paragraphLimit` paragraphs: paragraphs are kept whole while they fit, and a paragraph
  /// longer than a block is cut at the end of the first sentence that ends after each block's
  /// worth of bytes (or, with no sentence end near, at white space).
  public static func blocks(
    of document: Document, size: Int, tokenLimit: Int = TextBlock.tokenLimit,
    paragraphLimit: Int = TextBlock.paragraphLimit, splitter: SentenceSplitter = .standard
  ) -> [TextBlock] {
    let paragraphs = document.paragraphs
    var blocks: [TextBlock] = []
    var start = paragraphs.first?.lowerBound ?? 0
    var full = fullAt(document.text, from: start, size: size, tokenLimit: tokenLimit)
    var first = 0
    var index = 0
    while index < paragraphs.count {
      if paragraphs[index].upperBound <= full, index - first < max(1, paragraphLimit) {
        index += 1
        continue
      }
      if index > first {
        blocks.append(TextBlock(range: start..<paragraphs[index - 1].upperBound, paragraphs: first..<index))
        start = paragraphs[index].lowerBound
        first = index
      } else {
        let end = paragraphs[index].upperBound
        let cut = cut(document.text, paragraph: start..<end, after: full, splitter)
        blocks.append(TextBlock(range: start..<cut, paragraphs: index..<(index + 1)))
        start = cut
        if cut == end {
          index += 1
          first = index
          if index < paragraphs.count { start = paragraphs[index].lowerBound }
        }
      }
      full = fullAt(document.text, from: start, size: size, tokenLimit: tokenLimit)
    }
    if let last = paragraphs.last, first < paragraphs.count {
      blocks.append(TextBlock(range: start..<last.upperBound, paragraphs: first..<paragraphs.count))
    }
    return blocks
  }

  /// Where to cut `paragraph` (which goes on past `target`): after the first sentence that ends
  /// in the window of bytes from the first white space at `target` on (the paragraph's end
  /// ends one), else at that white space; in a window with no white space, at the paragraph's
  /// end when the window reaches it, else at `target` (moved to the start of a character).
  private static func cut(
    _ text: [UInt8], paragraph: Range<Int>, after target: Int, _ splitter: SentenceSplitter
  ) -> Int {
    let limit = min(paragraph.upperBound, target + cutWindow)
    let reachesEnd = limit == paragraph.upperBound
    guard let space = text[target..<limit].firstIndex(where: isSpace) else {
      var cut = reachesEnd ? limit : target
      while cut < paragraph.upperBound, text[cut] & 0xC0 == 0x80 { cut += 1 }
      return cut
    }
    let window = space..<limit
    let tokens = Tokenizer.tokens(in: text, range: window)
    let sentences = text.withUnsafeBufferPointer { splitter.sentences(text: $0, tokens: tokens, paragraphs: [window]) }
    guard let first = sentences.first, sentences.count > 1 || reachesEnd else { return space }
    return first.range.upperBound
  }

  /// Where a block that starts at `start` is full: `size` bytes on, or sooner, at the byte where
  /// the text from `start` has more than `tokenLimit` tokens, counted as the tokenizer starts
  /// them (a run of letters and digits, or one other byte that is no white space: near enough
  /// for a limit); never at `start` itself.
  static func fullAt(_ text: [UInt8], from start: Int, size: Int, tokenLimit: Int) -> Int {
    let bytesEnd = start + max(1, size)
    return text.withUnsafeBufferPointer { bytes in
      var tokens = 0
      var inRun = false
      var index = start
      while index < min(bytes.count, bytesEnd) {
        let kind = ByteClass.of(bytes[index])
        if kind == ByteClass.letter || kind == ByteClass.digit {
          if !inRun { tokens += 1 }
          inRun = true
        } else {
          inRun = false
          if kind == ByteClass.other { tokens += 1 }
        }
        if tokens > max(1, tokenLimit) { return max(start + 1, index) }
        index += 1
      }
      return bytesEnd
    }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
  }
}
