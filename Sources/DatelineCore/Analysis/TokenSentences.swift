/// For each token of a document, the index of its sentence: found from the sentences' token
/// ranges and, for every 16 tokens, the first sentence that reaches them, rather than held as four
/// bytes a token.
struct TokenSentences: Sendable {
  /// Tokens per block.
  private static let block = 16
  private let sentences: [Sentence]
  /// For each block of tokens, the first sentence that ends inside or after it.
  private let blockFirsts: [Int32]
  /// The number of tokens.
  let count: Int

  /// The sentence index of each of `tokenCount` tokens, given the sentences in text order.
  init(sentences: [Sentence], tokenCount: Int) {
    self.sentences = sentences
    count = tokenCount
    var blockFirsts = [Int32](repeating: 0, count: (tokenCount + Self.block - 1) / Self.block)
    var sentence = 0
    for block in blockFirsts.indices {
      while sentence < sentences.count, sentences[sentence].tokens.upperBound <= block * Self.block { sentence += 1 }
      blockFirsts[block] = Int32(sentence)
    }
    self.blockFirsts = blockFirsts
  }

  /// The index of the sentence that holds token `index`, or -1 when none does.
  subscript(index: Int) -> Int32 {
    precondition(index >= 0 && index < count, "a token index")
    var sentence = Int(blockFirsts[index / Self.block])
    while sentence < sentences.count {
      let tokens = sentences[sentence].tokens
      if tokens.upperBound > index { return tokens.lowerBound <= index ? Int32(sentence) : -1 }
      sentence += 1
    }
    return -1
  }
}
