/// The words of a text with their tags and lemmas, as flat arrays (one entry per word, in order).
public struct TaggedWords: Sendable {
  /// The text the byte ranges point into.
  public let text: [UInt8]
  /// The first byte of each word.
  public let starts: [Int32]
  /// One past the last byte of each word.
  public let ends: [Int32]
  /// The part of speech of each word.
  public let tags: [UPOS]
  /// The lemma rule number of each word (see `lemma(at:)`).
  public let lemmaRules: [UInt16]
  /// The rules that `lemmaRules` number.
  public let rules: [LemmaRule]

  init(text: [UInt8], rules: [LemmaRule], starts: [Int32], ends: [Int32], tags: [UPOS], lemmaRules: [UInt16]) {
    self.text = text
    self.rules = rules
    self.starts = starts
    self.ends = ends
    self.tags = tags
    self.lemmaRules = lemmaRules
  }

  /// The number of words.
  public var count: Int { starts.count }

  /// The byte range of word `index`.
  public func range(at index: Int) -> Range<Int> { Int(starts[index])..<Int(ends[index]) }

  /// Word `index` as written.
  public func word(at index: Int) -> String {
    String(decoding: text[range(at: index)], as: UTF8.self)
  }

  /// The lemma of word `index` (`was` → `be`), built on demand.
  public func lemma(at index: Int) -> String {
    text.withUnsafeBufferPointer { rules[Int(lemmaRules[index])].lemma(of: $0, range(at: index)) }
  }
}
