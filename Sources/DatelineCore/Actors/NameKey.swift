/// Builds the key under which spellings of one name meet: `Kata’ib Hezbollah` and `Kataib
/// Hezbollah`, `Qais al-Khazali` and `Qais Khazali`, `José` and `Jose`.
enum NameKey {
  /// The ASCII letter of each letter from U+00C0 to U+017F without its accent; `-` where there
  /// is none (`Æ`, `×`, `ß`, `Œ`), so the letter stays as written.
  private static let baseLetters = Array(
    ("aaaaaa-ceeeeiiiidnooooo-ouuuuy--aaaaaa-ceeeeiiiidnooooo-ouuuuy-y"
      + "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii--jjkk-llllllllll"
      + "nnnnnn---oooooo--rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs").utf8)

  /// The key of the UTF-8 name `bytes`: its words (runs of letters and digits) joined by one
  /// space, built in one pass over the bytes into one buffer.
  static func key<Bytes: Collection<UInt8>>(ofBytes bytes: Bytes) -> String {
    let name = Array(bytes)
    var key: [UInt8] = []
    key.reserveCapacity(name.count)
    var words: [Range<Int>] = []
    var wordStart: Int?
    var articles = 0
    func endWord() {
      guard let start = wordStart else { return }
      if isArticle(key[start...]) { articles += 1 }
      words.append(start..<key.count)
      wordStart = nil
    }
    func startWord() {
      guard wordStart == nil else { return }
      if !words.isEmpty { key.append(0x20) }
      wordStart = key.count
    }
    var index = 0
    while index < name.count {
      let byte = name[index]
      let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
      let sequence = name[index..<min(name.count, index + length)]
      index += length
      if isApostrophe(sequence) { continue }
      if byte >= 0x80 {
        if isCombiningMark(sequence) { continue }
        startWord()
        if let letter = base(of: sequence) { key.append(letter) } else { key.append(contentsOf: sequence) }
      } else if (byte >= 0x30 && byte <= 0x39) || (byte.asciiLowercased >= 0x61 && byte.asciiLowercased <= 0x7A) {
        startWord()
        key.append(byte.asciiLowercased)
      } else {
        endWord()
      }
    }
    endWord()
    guard articles > 0, articles < words.count else { return String(decoding: key, as: UTF8.self) }
    var kept: [UInt8] = []
    kept.reserveCapacity(key.count)
    for word in words where !isArticle(key[word]) {
      if !kept.isEmpty { kept.append(0x20) }
      kept.append(contentsOf: key[word])
    }
    return String(decoding: kept, as: UTF8.self)
  }

  /// `'`, `` ` ``, `’`, `‘`, `ʼ`, `ʻ`, `ʿ`, `ʾ`: marks that stand inside a transliterated word.
  private static func isApostrophe(_ sequence: ArraySlice<UInt8>) -> Bool {
    let first = sequence[sequence.startIndex]
    switch sequence.count {
    case 1: return first == 0x27 || first == 0x60
    case 2:
      guard first == 0xCA else { return false }
      switch sequence[sequence.startIndex + 1] {
      case 0xBB, 0xBC, 0xBE, 0xBF: return true
      default: return false
      }
    case 3:
      return first == 0xE2 && sequence[sequence.startIndex + 1] == 0x80
        && (sequence[sequence.startIndex + 2] == 0x98 || sequence[sequence.startIndex + 2] == 0x99)
    default: return false
    }
  }

  /// A combining diacritical mark (U+0300–U+036F), as a decomposed accent is written.
  private static func isCombiningMark(_ sequence: ArraySlice<UInt8>) -> Bool {
    guard sequence.count == 2 else { return false }
    let first = sequence[sequence.startIndex]
    return first == 0xCC || (first == 0xCD && sequence[sequence.startIndex + 1] <= 0xAF)
  }

  /// The lower-case ASCII letter of an accented Latin letter from U+00C0 to U+017F.
  private static func base(of sequence: ArraySlice<UInt8>) -> UInt8? {
    guard sequence.count == 2 else { return nil }
    let lead = sequence[sequence.startIndex]
    let trail = sequence[sequence.startIndex + 1]
    guard lead >= 0xC3, lead <= 0xC5 else { return nil }
    let letter = baseLetters[Int(lead - 0xC3) * 64 + Int(trail & 0x3F)]
    return letter == UInt8(ascii: "-") ? nil : letter
  }

  /// `al` or `el`, the Arabic article as transliterations write it.
  private static func isArticle(_ word: ArraySlice<UInt8>) -> Bool {
    word.count == 2 && (word.first == UInt8(ascii: "a") || word.first == UInt8(ascii: "e"))
      && word.last == UInt8(ascii: "l")
  }
}
