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

  // The counts and positions are kept in 32 bits and the words are read again from the key when
  // asked for: a block of a long document may hold fifty thousand forms, and a list of words and
  // one of mentions took two allocations a form.
  /// The lower-cased words joined by spaces: `al kadhimi`.
  var key: String
  /// The name as first written: `Al-Kadhimi`.
  var display: String
  private let storedWordCount: Int32
  private let storedWrittenWordCount: Int32
  private var storedFirstMention: Int32 = -1
  private var storedMentionCount: Int32 = 0
  private var storedFirst = Int32.max
  /// What its contexts say of its kind.
  var votes = KindVotes()
  /// The kind the lexicon gives it.
  var known: Actor.Kind?
  /// The kind of place the gazetteer gives it: evidence weighed against its contexts' votes.
  var place: PlaceGazetteer.Kind?
  /// Whether it is an acronym: one all-capitals word of two to six letters.
  var isAcronym = false
  /// How it came to be.
  var origin = Origin.written
  /// Whether it is a capital written for its country (shown as an alias, never as the name).
  var isCapitalAlias = false
  /// Whether an honorific for a man is written right before one of its mentions (`Mr Gellan`).
  var isTitledMale = false
  /// Whether an honorific for a woman is written right before one of its mentions (`Mrs Gellan`).
  var isTitledFemale = false

  /// Whether an honorific of the other sex than `sex` is written before it, and none of `sex`.
  func isTitled(otherThan sex: WordFlags?) -> Bool {
    switch sex {
    case .maleName: isTitledFemale && !isTitledMale
    case .femaleName: isTitledMale && !isTitledFemale
    default: false
    }
  }

  /// Creates a form from its display text.
  init(display: String) {
    self.init(display: display, spelling: Self.key(of: display))
  }

  /// Creates a form from its display text and that text's key, `spelling`.
  init(display: String, spelling: String) {
    self.display = display
    key = spelling
    storedWordCount = Int32(Self.words(ofKey: spelling).count)
    var count = 0
    var inWord = false
    for byte in display.utf8 {
      let isWordByte = byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte.asciiLowercased >= 0x61 && byte.asciiLowercased <= 0x7A)
      if isWordByte, !inWord { count += 1 }
      inWord = isWordByte
    }
    storedWrittenWordCount = Int32(truncatingIfNeeded: count)
  }

  /// The lower-cased words of its spelling: of its key, or for a capital written for its country
  /// (whose key is the country's), of its display text.
  var words: [Substring] { Self.words(ofKey: isCapitalAlias ? Self.key(of: display) : key) }

  /// The number of words.
  var wordCount: Int { Int(storedWordCount) }

  /// The number of words as written, articles and parts around apostrophes included
  /// (`Al-Hashd Al-Shaabi` has four): the longer name of an actor is the one shown.
  var writtenWordCount: Int { Int(storedWrittenWordCount) }

  /// The index of its first candidate (-1 for a form never written).
  var firstMention: Int { Int(storedFirstMention) }

  /// Whether it has candidates: a form made from the lexicon alone has none.
  var isWritten: Bool { storedMentionCount > 0 }

  /// The number of its candidates.
  var mentionCount: Int { Int(storedMentionCount) }

  /// The first token of its first mention (`Int32.max` for a form never written).
  var first: Int { Int(storedFirst) }

  /// Records candidate `index`, whose name starts at token `start`.
  mutating func addMention(_ index: Int, start: Int) {
    if storedFirstMention < 0 { storedFirstMention = Int32(truncatingIfNeeded: index) }
    storedMentionCount += 1
    storedFirst = min(storedFirst, Int32(truncatingIfNeeded: start))
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
}
