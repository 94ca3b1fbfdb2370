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
  /// space.
  static func key<Bytes: Collection<UInt8>>(ofBytes bytes: Bytes) -> String {
    bytes.withContiguousStorageIfAvailable(key(of:)) ?? Array(bytes).withUnsafeBufferPointer(key(of:))
  }

  /// The key of `name`, written straight into the string's storage in one pass: a key is never
  /// longer than its name (each byte written stands for at least one byte read).
  private static func key(of name: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: name.count) { key in
      var count = 0
      var words = 0
      var wordStart: Int?
      var articles: [Range<Int>] = []
      var lastIsArticle = false
      func endWord() {
        guard let start = wordStart else { return }
        lastIsArticle = isArticle(UnsafeBufferPointer(rebasing: key[start..<count]))
        if lastIsArticle { articles.append(start..<count) }
        words += 1
        wordStart = nil
      }
      var index = 0
      while index < name.count {
        let byte = name[index]
        let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        let sequence = UnsafeBufferPointer(rebasing: name[index..<min(name.count, index + length)])
        index += length
        if isApostrophe(sequence) || isCombiningMark(sequence) { continue }
        guard byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte.asciiLowercased >= 0x61 && byte.asciiLowercased <= 0x7A)
        else {
          endWord()
          continue
        }
        if wordStart == nil {
          if words > 0 {
            key[count] = 0x20
            count += 1
          }
          wordStart = count
        }
        if byte < 0x80 {
          key[count] = byte.asciiLowercased
          count += 1
        } else if let letter = base(of: sequence) {
          key[count] = letter
          count += 1
        } else {
          for part in sequence {
            key[count] = part
            count += 1
          }
        }
      }
      endWord()
      guard !articles.isEmpty, articles.count < words else { return count }
      // Keep the other words: drop each article with the space after it, and the space before
      // an article that ends the key.
      var written = 0
      var read = 0
      for article in articles + [count..<count] {
        while read < article.lowerBound {
          key[written] = key[read]
          written += 1
          read += 1
        }
        read = min(article.upperBound + 1, count)
      }
      return lastIsArticle ? written - 1 : written
    }
  }

  /// `'`, `` ` ``, `’`, `‘`, `ʼ`, `ʻ`, `ʿ`, `ʾ`: marks that stand inside a transliterated word.
  private static func isApostrophe(_ sequence: UnsafeBufferPointer<UInt8>) -> Bool {
    switch sequence.count {
    case 1: return sequence[0] == 0x27 || sequence[0] == 0x60
    case 2:
      guard sequence[0] == 0xCA else { return false }
      switch sequence[1] {
      case 0xBB, 0xBC, 0xBE, 0xBF: return true
      default: return false
      }
    case 3: return sequence[0] == 0xE2 && sequence[1] == 0x80 && (sequence[2] == 0x98 || sequence[2] == 0x99)
    default: return false
    }
  }

  /// A combining diacritical mark (U+0300–U+036F), as a decomposed accent is written.
  private static func isCombiningMark(_ sequence: UnsafeBufferPointer<UInt8>) -> Bool {
    sequence.count == 2 && (sequence[0] == 0xCC || (sequence[0] == 0xCD && sequence[1] <= 0xAF))
  }

  /// The lower-case ASCII letter of an accented Latin letter from U+00C0 to U+017F.
  private static func base(of sequence: UnsafeBufferPointer<UInt8>) -> UInt8? {
    guard sequence.count == 2, sequence[0] >= 0xC3, sequence[0] <= 0xC5 else { return nil }
    let letter = baseLetters[Int(sequence[0] - 0xC3) * 64 + Int(sequence[1] & 0x3F)]
    return letter == UInt8(ascii: "-") ? nil : letter
  }

  /// `al` or `el`, the Arabic article as transliterations write it.
  private static func isArticle(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    word.count == 2 && (word[0] == UInt8(ascii: "a") || word[0] == UInt8(ascii: "e")) && word[1] == UInt8(ascii: "l")
  }
}
