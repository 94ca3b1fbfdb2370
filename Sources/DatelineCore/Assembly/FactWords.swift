/// The words, numbers and marks of a short passage (one telling of an event), for reading the
/// facts in it: byte ranges into the document, and words lower-cased.
struct FactWords {
  /// What a piece of the passage is.
  enum Kind: Equatable {
    /// Letters, with inner apostrophes and hyphens: `guards`, `twenty-four`, `Kata'ib`.
    case word
    /// Digits, with inner `,`, `.` or `:` between digits: `7`, `1,200`, `2:30`.
    case number
    /// Any other character that is not a space.
    case mark
  }

  /// One piece: plain values, so that the pieces of a passage are read without a string each;
  /// `FactWords` gives a piece's text when it is needed.
  struct Piece {
    /// What it is.
    var kind: Kind
    /// Its bytes in the document.
    var range: Range<Int>
    /// Whether it starts with a capital letter.
    var isCapitalized: Bool
  }

  /// The text the pieces are in.
  let text: [UInt8]
  /// The pieces, in order.
  private(set) var pieces: [Piece] = []

  /// The pieces of `range` of `text`.
  init(_ text: [UInt8], range: Range<Int>) {
    self.text = text
    let range = range.clamped(to: 0..<text.count)
    pieces.reserveCapacity(range.count / 4)
    text.withUnsafeBufferPointer { bytes in
      var index = range.lowerBound
      while index < range.upperBound {
        let (kind, length) = Self.classify(bytes, at: index)
        guard let kind else {
          index += length
          continue
        }
        var end = index + length
        if kind != .mark {
          while end < range.upperBound {
            let (next, nextLength) = Self.classify(bytes, at: end)
            if next == kind {
              end += nextLength
            } else if end + 1 < range.upperBound, Self.joins(bytes[end], kind: kind),
              Self.classify(bytes, at: end + 1).kind == kind
            {
              end += 1
            } else {
              break
            }
          }
        }
        let first = bytes[index]
        pieces.append(Piece(kind: kind, range: index..<end, isCapitalized: first >= 0x41 && first <= 0x5A))
        index = end
      }
    }
  }

  /// The text of `piece`, lower-cased (ASCII letters only).
  func lower(_ piece: Piece) -> String {
    String(unsafeUninitializedCapacity: piece.range.count) { buffer in
      for offset in 0..<piece.range.count { buffer[offset] = text[piece.range.lowerBound + offset].asciiLowercased }
      return piece.range.count
    }
  }

  /// The text of the piece at `index`, lower-cased.
  func lower(at index: Int) -> String {
    lower(pieces[index])
  }

  /// Whether the piece at `index`, lower-cased, is `word`, byte for byte (every word asked for
  /// is ASCII or one character, which no other spelling of a character equals).
  func isWord(at index: Int, _ word: StaticString) -> Bool {
    let range = pieces[index].range
    guard range.count == word.utf8CodeUnitCount else { return false }
    let expected = word.utf8Start
    for offset in 0..<range.count where text[range.lowerBound + offset].asciiLowercased != expected[offset] {
      return false
    }
    return true
  }

  /// The first byte of the piece at `index`, lower-cased.
  func firstByte(at index: Int) -> UInt8 {
    text[pieces[index].range.lowerBound].asciiLowercased
  }

  /// Whether the piece at `index` holds `byte` (an ASCII mark).
  func piece(at index: Int, contains byte: UInt8) -> Bool {
    text[pieces[index].range].contains(byte)
  }

  /// Whether a byte between two pieces of `kind` joins them into one.
  private static func joins(_ byte: UInt8, kind: Kind) -> Bool {
    switch kind {
    case .word: byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")
    case .number: byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
    case .mark: false
    }
  }

  /// The kind of the character at `index` (nil for a space) and its length in bytes.
  private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (kind: Kind?, length: Int) {
    let byte = bytes[index]
    if byte < 0x80 {
      let lower = byte.asciiLowercased
      if lower >= 0x61 && lower <= 0x7A { return (.word, 1) }
      if byte >= 0x30 && byte <= 0x39 { return (.number, 1) }
      if byte <= 0x20 || byte == 0x7F { return (nil, 1) }
      return (.mark, 1)
    }
    let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
    switch UTF8Scalar.category(of: scalar) {
    case .letter: return (.word, length)
    case .punctuation: return (.mark, length)
    case .space: return (nil, length)
    }
  }
}
