/// A name as written at one place in the text, before aliases are merged.
struct NameCandidate: Sendable, Hashable {
  /// The name's tokens: its words and the hyphens and periods inside it (no title, no `’s`).
  var tokens: Range<Int>
  /// A title written before the name in the same run of capitalized words: `Supreme Leader
  /// Ayatollah` in `Supreme Leader Ayatollah Ali Khamenei`.
  var title: Range<Int>?
  /// What kind of title `title` is.
  var titleKind: Lexicon.TitleKind?
  /// Whether the name is followed by a possessive `’s`.
  var isPossessive = false
  /// Whether the name is the first part of a hyphenated modifier: `Iran-backed`.
  var isModifier = false
  /// Whether the name is one word at the start of a sentence or quotation, where ordinary words
  /// are capitalized too.
  var isInitialSingleWord = false

  /// Creates a candidate over `tokens`.
  init(tokens: Range<Int>) {
    self.tokens = tokens
  }
}
