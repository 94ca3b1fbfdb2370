/// The surnames a document gives its people: a capitalized word right after a given name
/// (`Steve Jobs` makes `Jobs` one), so that the surname alone is known as a name where a word
/// before it could end a sentence or go on into a name (`in the U.S. Jobs also noted`).
struct KnownSurnames {
  private var hashes: Set<UInt32> = []

  /// The surnames told after a given name of `givenNames` among `tokens`.
  init(text: UnsafeBufferPointer<UInt8>, tokens: [Token], givenNames: WordTable<Bool>) {
    guard tokens.count > 1 else { return }
    for index in 1..<tokens.count {
      let word = tokens[index]
      let before = tokens[index - 1]
      guard word.kind == .word, word.isCapitalized, word.length > 1, word.isSpaced, before.kind == .word,
        before.isCapitalized, givenNames.contains(before, in: text)
      else { continue }
      hashes.insert(word.hash)
    }
  }

  /// Whether `token` spells a known surname (by its case-folded hash).
  func contains(_ token: Token) -> Bool {
    hashes.contains(token.hash)
  }
}
