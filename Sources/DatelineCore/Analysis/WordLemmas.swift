/// The lemmas of a document's words, kept as the first byte and lemma rule of each word (six
/// bytes a word): a word's end is worked out from the tokens when a lemma is asked for, and its
/// tag is in `TokenWordTags`, so the tagger's other arrays are not held through every stage.
struct WordLemmas: Sendable {
  private let starts: [Int32]
  private let lemmaRules: [UInt16]
  private let rules: [LemmaRule]

  /// The lemmas of `words`.
  init(_ words: TaggedWords) {
    starts = words.starts
    lemmaRules = words.lemmaRules
    rules = words.rules
  }

  /// The lemma of the word token `index` of `tokens` belongs to (`was` → `be`).
  func lemma(ofToken index: Int, tokens: [Token], text: [UInt8]) -> String {
    let start = tokens[index].start
    let word = max(0, starts.partitioningIndex { $0 > start } - 1)
    let next = word + 1 < starts.count ? starts[word + 1] : Int32.max
    // Every token belongs to a word, so the word ends with the last token that starts before the
    // next word, or where the next word starts inside that token (`do|n't`).
    let last = tokens.partitioningIndex { $0.start >= next } - 1
    let range = Int(starts[word])..<Int(min(tokens[last].end, next))
    return text.withUnsafeBufferPointer { rules[Int(lemmaRules[word])].lemma(of: $0, range) }
  }
}
