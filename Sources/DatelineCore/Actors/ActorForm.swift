/// One spelling of a name in a document (`Al-Kadhimi`), with its mentions and what they say of
/// its kind; forms that name the same actor are merged by `AliasResolver`.
struct ActorForm: Sendable {
  /// How the form came to be.
  enum Origin: Sendable, Hashable {
    /// Written in the text.
    case written
    /// The full name of an alias from the lexicon (`United States` for `US`), or the country of a
    /// capital used for the state.
    case lexicon
  }

  /// The lower-cased words joined by spaces: `al kadhimi`.
  var key: String
  /// The name as first written: `Al-Kadhimi`.
  var display: String
  /// The lower-cased words.
  var words: [Substring]
  /// The indices of its candidates, in text order.
  var mentions: [Int] = []
  /// What its contexts say of its kind.
  var votes = KindVotes()
  /// The kind the lexicon gives it.
  var known: Actor.Kind?
  /// The first token of its first mention (`Int.max` for a form never written).
  var first = Int.max
  /// Whether it is an acronym: one all-capitals word of two to six letters.
  var isAcronym = false
  /// How it came to be.
  var origin = Origin.written
  /// Whether it is a capital written for its country (shown as an alias, never as the name).
  var isCapitalAlias = false

  /// Creates a form from its display text.
  init(display: String) {
    self.display = display
    key = Self.key(of: display)
    words = key.split(separator: " ")
  }

  /// The key of a name: lower-cased, its words (letters and digits) joined by single spaces.
  static func key(of name: String) -> String {
    var bytes: [UInt8] = []
    var pendingSpace = false
    for byte in name.utf8 {
      let isWordByte = byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
      if isWordByte {
        if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
        pendingSpace = false
        bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
      } else {
        pendingSpace = true
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The number of words.
  var wordCount: Int { words.count }
}
