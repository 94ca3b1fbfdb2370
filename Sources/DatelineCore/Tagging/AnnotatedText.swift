/// A text with gold words, tags and lemmas, as read from a CoNLL-U file: what the tagger is
/// trained and evaluated on.
public struct AnnotatedText: Sendable {
  /// The text: the words joined with the spacing the file gives.
  public var text: [UInt8] = []
  /// The first byte of each word.
  public var starts: [Int32] = []
  /// One past the last byte of each word.
  public var ends: [Int32] = []
  /// The gold tag of each word.
  public var tags: [UPOS] = []
  /// The gold lemma of each word.
  public var lemmas: [String] = []
  /// The index of the first word of each sentence.
  public var sentenceStarts: [Int] = []

  /// An empty text.
  public init() {}

  /// The number of words.
  public var count: Int { starts.count }

  /// The word ranges of sentence `index`.
  public func sentence(_ index: Int) -> Range<Int> {
    sentenceStarts[index]..<(index + 1 < sentenceStarts.count ? sentenceStarts[index + 1] : count)
  }

  /// Adds a word written `form` with `tag` and `lemma`; `spaceAfter` puts a space after it.
  public mutating func append(form: Substring, tag: UPOS, lemma: String, spaceAfter: Bool) {
    starts.append(Int32(text.count))
    text.append(contentsOf: form.utf8)
    ends.append(Int32(text.count))
    tags.append(tag)
    lemmas.append(lemma)
    if spaceAfter { text.append(0x20) }
  }
}
