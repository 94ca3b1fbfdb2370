/// One token of a document: a run of letters, a run of digits, or one punctuation mark, with its
/// UTF-8 byte range and a case-folded hash for lexicon lookups.
///
/// Stored in 12 bytes (a 32-bit start, the hash, and the length, kind and flags packed into 32
/// bits), since a document may hold tens of millions of tokens. A token is at most
/// `maximumLength` bytes long: the tokenizer cuts longer runs into glued pieces.
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

  /// The longest token, in bytes: what the 24 bits of the packed length hold.
  public static let maximumLength = (1 << lengthBits) - 1

  private static let lengthBits: UInt32 = 24
  private static let kindShift: UInt32 = 24
  private static let flagsShift: UInt32 = 26

  /// The first byte.
  public var start: Int32
  /// Case-folded FNV-1a hash of the bytes (ASCII letters lower-cased), for `WordTable`.
  public var hash: UInt32
  /// The length (low 24 bits), the kind (2 bits) and the flags (6 bits).
  private var packed: UInt32

  /// Creates a token over `start..<end`, at most `maximumLength` bytes long.
  public init(start: Int32, end: Int32, hash: UInt32, kind: Kind, flags: Flags) {
    precondition(end >= start && Int(end - start) <= Self.maximumLength, "a token of at most maximumLength bytes")
    self.start = start
    self.hash = hash
    packed = UInt32(end - start) | UInt32(kind.rawValue) << Self.kindShift | UInt32(flags.rawValue) << Self.flagsShift
  }

  /// One past the last byte.
  public var end: Int32 {
    get { start + Int32(packed & UInt32(Self.maximumLength)) }
    set { self = Token(start: start, end: newValue, hash: hash, kind: kind, flags: flags) }
  }
  /// What the token is made of.
  public var kind: Kind {
    // The two bits always hold a kind's raw value: `init` is the only writer.
    get { unsafeBitCast(UInt8(truncatingIfNeeded: packed >> Self.kindShift) & 3, to: Kind.self) }
    set { self = Token(start: start, end: end, hash: hash, kind: newValue, flags: flags) }
  }
  /// Shape facts.
  public var flags: Flags {
    get { Flags(rawValue: UInt8(truncatingIfNeeded: packed >> Self.flagsShift)) }
    set { self = Token(start: start, end: end, hash: hash, kind: kind, flags: newValue) }
  }

  /// The byte range.
  public var range: Range<Int> { Int(start)..<Int(end) }
  /// The length in bytes.
  public var length: Int { Int(packed & UInt32(Self.maximumLength)) }
  /// Whether white space separates the token from the previous one.
  public var isSpaced: Bool { flags.contains(.spaceBefore) }
  /// Whether the first letter is upper case.
  public var isCapitalized: Bool { flags.contains(.capitalized) }

  /// Whether the token is a word of one lower-case letter and then a capital, as a product or a
  /// company may be named (`iPhone`, `eBay`, `iOS`), in `text`; not an identifier of code, whose
  /// capital comes later (`bodyUsed`, `toString`).
  func isCamelCase<Bytes: RandomAccessCollection<UInt8>>(in text: Bytes) -> Bool where Bytes.Index == Int {
    guard kind == .word, length >= 3 else { return false }
    let start = Int(self.start)
    return text[start] >= UInt8(ascii: "a") && text[start] <= UInt8(ascii: "z")
      && text[start + 1] >= UInt8(ascii: "A") && text[start + 1] <= UInt8(ascii: "Z")
  }
}
