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
  /// The number of words as written, articles and parts around apostrophes included
  /// (`Al-Hashd Al-Shaabi` has four): the longer name of an actor is the one shown.
  let writtenWordCount: Int
  /// The indices of its candidates, in text order.
  var mentions: [Int] = []
  /// What its contexts say of its kind.
  var votes = KindVotes()
  /// The kind the lexicon gives it.
  var known: Actor.Kind?
  /// The kind of place the gazetteer gives it: evidence weighed against its contexts' votes.
  var place: PlaceGazetteer.Kind?
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
    self.init(display: display, spelling: Self.key(of: display))
  }

  /// Creates a form from its display text and that text's key, `spelling`.
  init(display: String, spelling: String) {
    self.display = display
    key = spelling
    words = Self.words(ofKey: spelling)
    var count = 0
    var inWord = false
    for byte in display.utf8 {
      let isWordByte = byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte.asciiLowercased >= 0x61 && byte.asciiLowercased <= 0x7A)
      if isWordByte, !inWord { count += 1 }
      inWord = isWordByte
    }
    writtenWordCount = count
  }

  /// The key of a name: its words (letters and digits) lower-cased, joined by single spaces, with
  /// the spellings of one name made alike: Latin letters without their accents, apostrophes and
  /// ʿayns inside a word dropped (`Kata’ib` is `kataib`), and the Arabic article `al`/`el` left out
  /// unless it is the whole name (`Qais al-Khazali` is `qais khazali`). See `NameKey`.
  static func key(of name: String) -> String {
    name.utf8.withContiguousStorageIfAvailable(NameKey.key(ofBytes:)) ?? NameKey.key(ofBytes: Array(name.utf8))
  }

  /// The words of a key, as `key.split(separator: " ")` gives them. A space with only ASCII
  /// neighbours is its own character, so such keys are cut byte by byte; a space next to other
  /// text might join a character (a combining mark after it) and goes the slow way.
  static func words(ofKey key: String) -> [Substring] {
    let utf8 = key.utf8
    let cut = utf8.withContiguousStorageIfAvailable { bytes -> [Substring]? in
      var words: [Substring] = []
      words.reserveCapacity(bytes.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) })
      var start = 0
      for position in 0...bytes.count {
        guard position == bytes.count || bytes[position] == 0x20 else { continue }
        if position < bytes.count,
          (position > 0 && bytes[position - 1] >= 0x80) || (position + 1 < bytes.count && bytes[position + 1] >= 0x80)
        {
          return nil
        }
        if start < position {
          let lower = utf8.index(utf8.startIndex, offsetBy: start)
          let upper = utf8.index(lower, offsetBy: position - start)
          words.append(Substring(utf8[lower..<upper]))
        }
        start = position + 1
      }
      return words
    }
    return (cut ?? nil) ?? key.split(separator: " ")
  }

  /// The number of words.
  var wordCount: Int { words.count }
}
