/// One token of a document: a run of letters, a run of digits, or one punctuation mark, with its
/// UTF-8 byte range and a case-folded hash for lexicon lookups.
public struct Token: Hashable, Sendable {
  /// What a token is made of.
  public enum Kind: UInt8, Sendable {
    /// Letters (any non-ASCII scalar that is not punctuation or space counts as a letter).
    case word
    /// ASCII digits.
    case number
    /// Any other single character: `.`, `,`, `-`, `’`, `“`, `—`, `$`, …
    case punctuation
  }

  /// Shape facts about a token.
  public struct Flags: OptionSet, Hashable, Sendable {
    /// The raw bits.
    public let rawValue: UInt8
    /// Creates flags from raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// The first letter is upper case (`Kadhimi`, `IRGC`).
    public static let capitalized = Flags(rawValue: 1 << 0)
    /// Every letter is upper case and there are at least two (`IRGC`, `US`).
    public static let allUpper = Flags(rawValue: 1 << 1)
    /// White space (or the start of the text) comes right before the token.
    public static let spaceBefore = Flags(rawValue: 1 << 2)
    /// The token has non-ASCII bytes.
    public static let nonASCII = Flags(rawValue: 1 << 4)
  }

  /// The first byte.
  public var start: Int32
  /// One past the last byte.
  public var end: Int32
  /// Case-folded FNV-1a hash of the bytes (ASCII letters lower-cased), for `WordTable`.
  public var hash: UInt32
  /// What the token is made of.
  public var kind: Kind
  /// Shape facts.
  public var flags: Flags

  /// The byte range.
  public var range: Range<Int> { Int(start)..<Int(end) }
  /// The length in bytes.
  public var length: Int { Int(end - start) }
  /// Whether white space separates the token from the previous one.
  public var isSpaced: Bool { flags.contains(.spaceBefore) }
  /// Whether the first letter is upper case.
  public var isCapitalized: Bool { flags.contains(.capitalized) }
}
