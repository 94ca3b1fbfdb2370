/// Builds the key under which spellings of one name meet: `Kata’ib Hezbollah` and `Kataib
/// Hezbollah`, `Qais al-Khazali` and `Qais Khazali`, `José` and `Jose`.
enum NameKey {
  /// The ASCII letter of each letter from U+00C0 to U+017F without its accent; `-` where there
  /// is none (`Æ`, `×`, `ß`, `Œ`), so the letter stays as written.
  private static let baseLetters = Array(
    ("aaaaaa-ceeeeiiiidnooooo-ouuuuy--aaaaaa-ceeeeiiiidnooooo-ouuuuy-y"
      + "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii--jjkk-llllllllll"
      + "nnnnnn---oooooo--rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs").utf8)

  /// The key of the UTF-8 name `bytes`.
  static func key<Bytes: Collection<UInt8>>(ofBytes bytes: Bytes) -> String {
    var words: [[UInt8]] = []
    var word: [UInt8] = []
    let name = Array(bytes)
    var index = 0
    while index < name.count {
      let byte = name[index]
      let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
      let sequence = name[index..<min(name.count, index + length)]
      index += length
      if isApostrophe(sequence) { continue }
      if byte >= 0x80 {
        if isCombiningMark(sequence) { continue }
        word.append(contentsOf: base(of: sequence).map { [$0] } ?? Array(sequence))
      } else if (byte >= 0x30 && byte <= 0x39) || (byte.asciiLowercased >= 0x61 && byte.asciiLowercased <= 0x7A) {
        word.append(byte.asciiLowercased)
      } else if !word.isEmpty {
        words.append(word)
        word = []
      }
    }
    if !word.isEmpty { words.append(word) }
    let kept = words.filter { !isArticle($0) }
    return String(decoding: Array((kept.isEmpty ? words : kept).joined(separator: [0x20])), as: UTF8.self)
  }

  /// `'`, `` ` ``, `’`, `‘`, `ʼ`, `ʻ`, `ʿ`, `ʾ`: marks that stand inside a transliterated word.
  private static func isApostrophe(_ sequence: ArraySlice<UInt8>) -> Bool {
    switch Array(sequence) {
    case [0x27], [0x60], [0xE2, 0x80, 0x98], [0xE2, 0x80, 0x99], [0xCA, 0xBC], [0xCA, 0xBB], [0xCA, 0xBF], [0xCA, 0xBE]:
      return true
    default:
      return false
    }
  }

  /// A combining diacritical mark (U+0300–U+036F), as a decomposed accent is written.
  private static func isCombiningMark(_ sequence: ArraySlice<UInt8>) -> Bool {
    let first = sequence.first ?? 0
    let second = sequence.dropFirst().first ?? 0
    return sequence.count == 2 && (first == 0xCC || (first == 0xCD && second <= 0xAF))
  }

  /// The lower-case ASCII letter of an accented Latin letter from U+00C0 to U+017F.
  private static func base(of sequence: ArraySlice<UInt8>) -> UInt8? {
    guard sequence.count == 2, let lead = sequence.first, let trail = sequence.last, lead >= 0xC3, lead <= 0xC5
    else { return nil }
    let letter = baseLetters[Int(lead - 0xC3) * 64 + Int(trail & 0x3F)]
    return letter == UInt8(ascii: "-") ? nil : letter
  }

  /// `al` or `el`, the Arabic article as transliterations write it.
  private static func isArticle(_ word: [UInt8]) -> Bool {
    word == Array("al".utf8) || word == Array("el".utf8)
  }
}
