/// A short list of lower-case words that a token is matched against by the case-folded hash the
/// tokenizer gave it: only a word with the same hash is compared letter by letter (`isWord`), so
/// a token that is none of them costs one pass over a few integers.
struct WordList: Sendable {
  private let words: [StaticString]
  private let hashes: [UInt32]

  /// The list of `words`, each lower-case ASCII letters.
  init(_ words: [StaticString]) {
    self.words = words
    hashes = words.map { word in
      var hash = FNV.offset
      for offset in 0..<word.utf8CodeUnitCount { hash = FNV.step(hash, word.utf8Start[offset]) }
      return hash
    }
  }

  /// Whether `word` (lower-case, as in a form's key) is one of the words.
  func contains(_ word: Substring) -> Bool {
    words.contains { listed in
      word.utf8.elementsEqual(UnsafeBufferPointer(start: listed.utf8Start, count: listed.utf8CodeUnitCount))
    }
  }

  /// Whether token `index` of `tagged` is one of the words, case folded.
  func contains(_ index: Int, in tagged: TaggedText) -> Bool {
    guard index >= 0, index < tagged.tokens.count else { return false }
    let hash = tagged.tokens[index].hash
    for position in hashes.indices where hashes[position] == hash {
      if tagged.isWord(index, words[position]) { return true }
    }
    return false
  }
}
