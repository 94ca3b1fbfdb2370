/// Finds the undated events that an undated event of another article may be told again by:
/// events of the same kind family, told with the same event word (`wounded`, `wounds`: one stem),
/// in articles published the same day or a day apart. Only the latest few of each such group are
/// looked at, so that matching stays near-linear however many articles share a day.
struct UndatedEventIndex: Sendable {
  private struct Key: Hashable {
    var family: Event.Kind
    var stem: String
    var day: Int
  }

  /// How many of the latest events of one group a new event is compared with.
  private static let reach = 8
  /// Minutes in a day.
  private static let day = 1440
  /// Words too common to say that two summaries tell of one thing.
  private static let commonWords: Set<String> = [
    "were", "was", "have", "been", "with", "from", "that", "this", "they", "their", "after", "when", "into", "about",
    "said", "says", "also", "more", "than", "over", "least", "some", "people",
  ]

  private var members: [Key: [Int32]] = [:]
  /// The content words of each event filed, hashed and sorted, by merged id.
  private var words: [Int32: [UInt64]] = [:]

  /// Whether an undated event of `kind` may join one of another article: statements and other
  /// events are too many and too alike on one day to be matched by their words.
  static func isMatched(_ kind: Event.Kind) -> Bool {
    kind != .statement && kind != .other
  }

  /// The day (days since 1970-01-01) of a publication date precise to the day or finer.
  static func day(of published: TimeValue?) -> Int? {
    guard let interval = published?.interval, interval.upperBound - interval.lowerBound < day else { return nil }
    let minutes = interval.lowerBound
    return minutes >= 0 ? minutes / day : -((-minutes + day - 1) / day)
  }

  /// Files undated event `id`, told with `word` in an article published on `day`.
  mutating func insert(_ id: Int, kind: Event.Kind, word: String, day: Int, summary: String) {
    let key = Key(family: DatedEventIndex.family(kind), stem: Self.stem(word), day: day)
    members[key, default: []].append(Int32(truncatingIfNeeded: id))
    words[Int32(truncatingIfNeeded: id)] = Self.contentWords(of: summary, except: word)
  }

  /// The filed events that an event told with `word` in an article published on `day` may join,
  /// latest first, with whether its summary shares a content word with theirs.
  func candidates(kind: Event.Kind, word: String, day: Int, summary: String) -> [(id: Int, sharesWords: Bool)] {
    let stem = Self.stem(word)
    let family = DatedEventIndex.family(kind)
    let own = Self.contentWords(of: summary, except: word)
    var found: [(id: Int, sharesWords: Bool)] = []
    for near in [day, day - 1, day + 1] {
      guard let filed = members[Key(family: family, stem: stem, day: near)] else { continue }
      for id in filed.suffix(Self.reach).reversed() {
        let shares = words[id].map { SortedHashes.share(own[...], $0[...]) } ?? false
        found.append((Int(id), shares))
      }
    }
    return found
  }

  /// A word without its inflection: `wounded`, `wounds`, `wounding` → `wound`; `stormed` →
  /// `storm`.
  static func stem(_ word: String) -> String {
    var bytes = Array(word.utf8)
    for suffix in ["ing", "ed", "es", "s"] where bytes.count > suffix.utf8.count + 2 && word.hasSuffix(suffix) {
      bytes.removeLast(suffix.utf8.count)
      break
    }
    if bytes.count > 3, bytes[bytes.count - 1] == bytes[bytes.count - 2], bytes.last != UInt8(ascii: "l"),
      bytes.last != UInt8(ascii: "s")
    {
      bytes.removeLast()
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Words that tell a summary's report set after what it tells (`…, officials said`).
  private static let reportWords: Set<String> = ["said", "says", "told", "added", "stated", "according"]

  /// The words of four letters or more of `summary`, but numbers in words, common words,
  /// `word`'s stem and the words of a report it ends with (`…, officials said`: two summaries of
  /// one source tell different things), hashed and sorted.
  private static func contentWords(of summary: String, except word: String) -> [UInt64] {
    let stem = stem(word)
    var result: [UInt64] = []
    let bytes = Array(summary.utf8)
    let words = FactWords(bytes, range: 0..<bytes.count)
    var told = words.pieces.endIndex
    if let comma = words.pieces.lastIndex(where: { $0.kind == .mark && bytes[$0.range.lowerBound] == UInt8(ascii: ",") }),
      words.pieces[comma...].contains(where: { $0.kind == .word && reportWords.contains(words.lower($0)) })
    {
      told = comma
    }
    for piece in words.pieces[..<told] where piece.kind == .word && piece.range.count >= 4 {
      let lower = words.lower(piece)
      if !commonWords.contains(lower) && !FactNumbers.isNumberWord(lower) && Self.stem(lower) != stem {
        result.append(hash(FactScanner.singular(lower)))
      }
    }
    return result.sorted()
  }

  private static func hash(_ word: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }
}
