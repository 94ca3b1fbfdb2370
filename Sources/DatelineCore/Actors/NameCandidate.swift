/// A name as written at one place in the text, before aliases are merged.
///
/// Stored in 20 bytes (32-bit token indices), since a document may hold millions of names.
struct NameCandidate: Sendable, Hashable {
  private var start: Int32
  private var end: Int32
  private var titleStart: Int32 = -1
  private var titleEnd: Int32 = -1
  /// What kind of title `title` is.
  var titleKind: Lexicon.TitleKind?
  /// Whether the name is followed by a possessive `’s`.
  var isPossessive = false
  /// Whether the name is the first part of a hyphenated modifier: `Iran-backed`.
  var isModifier = false
  /// Whether the name is one word at the start of a sentence or quotation, where ordinary words
  /// are capitalized too.
  var isInitialSingleWord = false
  /// Whether the name is a nationality standing for a person after `the`: `the Norwegian, 48,`.
  var isDemonymReference = false

  /// Creates a candidate over `tokens`.
  init(tokens: Range<Int>) {
    start = Int32(tokens.lowerBound)
    end = Int32(tokens.upperBound)
  }

  /// The name's tokens: its words and the hyphens and periods inside it (no title, no `’s`).
  var tokens: Range<Int> {
    get { Int(start)..<Int(end) }
    set {
      start = Int32(newValue.lowerBound)
      end = Int32(newValue.upperBound)
    }
  }

  /// A title written before the name in the same run of capitalized words: `Supreme Leader
  /// Ayatollah` in `Supreme Leader Ayatollah Ali Khamenei`.
  var title: Range<Int>? {
    get { titleStart < 0 ? nil : Int(titleStart)..<Int(titleEnd) }
    set {
      titleStart = newValue.map { Int32($0.lowerBound) } ?? -1
      titleEnd = newValue.map { Int32($0.upperBound) } ?? -1
    }
  }
}
