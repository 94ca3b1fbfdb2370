/// For each token of a document, the part of speech of the word it belongs to and whether it
/// starts that word, in one byte a token (rather than the four of a word index).
struct TokenWordTags: Sendable {
  private static let startsWord: UInt8 = 0x80
  private let bytes: [UInt8]

  /// The tags of `tokens`, whose words are `words`.
  init(tokens: [Token], words: TaggedWords) {
    var bytes = [UInt8](repeating: 0, count: tokens.count)
    var word = 0
    for index in tokens.indices {
      while word + 1 < words.count, words.starts[word + 1] <= tokens[index].start { word += 1 }
      guard word < words.count else { continue }
      bytes[index] = words.tags[word].rawValue | (words.starts[word] == tokens[index].start ? Self.startsWord : 0)
    }
    self.bytes = bytes
  }

  /// The number of tokens.
  var count: Int { bytes.count }

  /// The part of speech of the word token `index` belongs to.
  @inline(__always)
  func upos(_ index: Int) -> UPOS { UPOS(number: bytes[index] & ~Self.startsWord) }

  /// Whether token `index` starts its word.
  @inline(__always)
  func startsWord(_ index: Int) -> Bool { bytes[index] & Self.startsWord != 0 }
}
