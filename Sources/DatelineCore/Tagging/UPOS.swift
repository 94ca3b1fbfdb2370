/// A Universal Dependencies part-of-speech tag (the 17 UPOS tags), stored in one byte.
public enum UPOS: UInt8, CaseIterable, Sendable {
  /// Adjective: `big`, `old`.
  case adj
  /// Adposition: `in`, `to`, `during`.
  case adp
  /// Adverb: `very`, `tomorrow`, `down`.
  case adv
  /// Auxiliary: `is`, `has`, `will`, `should`.
  case aux
  /// Coordinating conjunction: `and`, `or`, `but`.
  case cconj
  /// Determiner: `the`, `a`, `this`.
  case det
  /// Interjection: `oh`, `yes`.
  case intj
  /// Noun: `attack`, `militias`.
  case noun
  /// Numeral: `13,000`, `three`.
  case num
  /// Particle: `not`, possessive `'s`, infinitive `to`.
  case part
  /// Pronoun: `he`, `they`, `who`.
  case pron
  /// Proper noun: `Baghdad`, `Kadhimi`.
  case propn
  /// Punctuation: `.`, `,`, `“`.
  case punct
  /// Subordinating conjunction: `that`, `if`, `while`.
  case sconj
  /// Symbol: `$`, `%`, `:)`.
  case sym
  /// Verb: `attacked`, `say`.
  case verb
  /// Other: foreign words, typos.
  case x

  /// The number of tags.
  public static let count = 17

  /// The tag whose raw value is `number`, which must be below `count`: `init(rawValue:)` without
  /// the optional, for the tagger's inner loop. The raw values are the case numbers 0…16, which is
  /// how Swift stores a case.
  @inline(__always)
  init(number: UInt8) {
    assert(number < Self.count, "a tag number")
    self = unsafeBitCast(number, to: UPOS.self)
  }

  /// The tag as UD writes it (`NOUN`, `PROPN`, …).
  public var name: String { Self.names[Int(rawValue)] }

  /// The tag written `name` in UD (`NOUN`, …), or `nil` for any other text.
  public init?(name: String) {
    guard let index = Self.names.firstIndex(of: name) else { return nil }
    self.init(rawValue: UInt8(index))
  }

  private static let names = [
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
    "PUNCT", "SCONJ", "SYM", "VERB", "X",
  ]
}

extension UPOS {
  /// Whether a word of this tag may stand in a noun phrase up to its head: a determiner,
  /// adjective, number, noun or name.
  var isNounPhraseWord: Bool {
    switch self {
    case .det, .adj, .noun, .propn, .num: return true
    default: return false
    }
  }
}
