/// For each token of a document, the index of its sentence: found by binary search over the
/// sentences' token ranges rather than held as four bytes a token.
struct TokenSentences: Sendable {
  private let sentences: [Sentence]
  /// The number of tokens.
  let count: Int

  /// The sentence index of each of `tokenCount` tokens, given the sentences in text order.
  init(sentences: [Sentence], tokenCount: Int) {
    self.sentences = sentences
    count = tokenCount
  }

  /// The index of the sentence that holds token `index`, or -1 when none does.
  subscript(index: Int) -> Int32 {
    precondition(index >= 0 && index < count, "a token index")
    let found = sentences.partitioningIndex { $0.tokens.upperBound > index }
    return found < sentences.count && sentences[found].tokens.lowerBound <= index ? Int32(found) : -1
  }
}
