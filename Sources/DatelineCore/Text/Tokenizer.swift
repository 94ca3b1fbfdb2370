/// Splits UTF-8 text into `Token`s in one pass over the bytes. A run of letters or digits longer
/// than `Token.maximumLength` becomes several glued tokens.
public enum Tokenizer {
  /// The tokens of `text`, in order.
  public static func tokens(in text: [UInt8]) -> [Token] {
    tokens(in: text, range: 0..<text.count)
  }

  /// The tokens of the bytes of `text` in `range`, in order, with their offsets in the whole text.
  /// `range` should start and end at white space or at the text's ends, or the tokens at its ends
  /// are cut.
  public static func tokens(in text: [UInt8], range: Range<Int>) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(range.count / 5 + 1)
    text.withUnsafeBufferPointer { whole in
      let bytes = UnsafeBufferPointer(rebasing: whole[..<range.upperBound])
      var index = range.lowerBound
      var spaced = true
      let count = bytes.count
      while index < count {
        let byte = bytes[index]
        if byte < 0x80 {
          let cls = ByteClass.of(byte)
          if cls == ByteClass.space {
            spaced = true
            index += 1
            continue
          }
          var flags: Token.Flags = spaced ? .spaceBefore : []
          spaced = false
          let start = index
          if cls == ByteClass.digit {
            var hash = FNV.offset
            while index < count, ByteClass.of(bytes[index]) == ByteClass.digit, index - start < Token.maximumLength {
              hash = FNV.step(hash, bytes[index])
              index += 1
            }
            tokens.append(Token(start: Int32(start), end: Int32(index), hash: hash, kind: .number, flags: flags))
          } else if cls == ByteClass.letter {
            index = scanWord(bytes, from: start, flags: &flags, into: &tokens)
          } else {
            tokens.append(
              Token(start: Int32(start), end: Int32(start + 1), hash: FNV.step(FNV.offset, byte),
                    kind: .punctuation, flags: flags))
            index += 1
          }
          continue
        }
        let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
        switch UTF8Scalar.category(of: scalar) {
        case .space:
          spaced = true
          index += length
        case .punctuation:
          let flags: Token.Flags = spaced ? [.spaceBefore, .nonASCII] : [.nonASCII]
          spaced = false
          var hash = FNV.offset
          for offset in 0..<length { hash = FNV.step(hash, bytes[index + offset]) }
          tokens.append(
            Token(start: Int32(index), end: Int32(index + length), hash: hash, kind: .punctuation, flags: flags))
          index += length
        case .letter:
          var flags: Token.Flags = spaced ? .spaceBefore : []
          spaced = false
          index = scanWord(bytes, from: index, flags: &flags, into: &tokens)
        }
      }
    }
    return tokens
  }

  /// Scans a run of letters starting at `start`, appends it, and returns the index after it.
  private static func scanWord(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, flags: inout Token.Flags,
    into tokens: inout [Token]
  ) -> Int {
    var index = start
    var hash = FNV.offset
    var upper = 0
    var letters = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        guard ByteClass.of(byte) == ByteClass.letter, index - start < Token.maximumLength else { break }
        let isUpper = byte >= 0x41 && byte <= 0x5A
        if isUpper { upper += 1 }
        letters += 1
        hash = FNV.step(hash, byte.asciiLowercased)
        index += 1
      } else {
        let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
        guard UTF8Scalar.category(of: scalar) == .letter, index + length - start <= Token.maximumLength else { break }
        if UTF8Scalar.isUpperLatin(scalar) { upper += 1 }
        letters += 1
        flags.insert(.nonASCII)
        for offset in 0..<length { hash = FNV.step(hash, bytes[index + offset]) }
        index += length
      }
    }
    let first = bytes[start]
    if (first >= 0x41 && first <= 0x5A) || (first >= 0x80 && UTF8Scalar.isUpperLatin(UTF8Scalar.decode(bytes, at: start).scalar)) {
      flags.insert(.capitalized)
      if upper == letters && letters >= 2 { flags.insert(.allUpper) }
    }
    tokens.append(Token(start: Int32(start), end: Int32(index), hash: hash, kind: .word, flags: flags))
    return index
  }
}

/// The 32-bit FNV-1a hash used for case-folded token lookups.
enum FNV {
  static let offset: UInt32 = 2_166_136_261
  @inline(__always) static func step(_ hash: UInt32, _ byte: UInt8) -> UInt32 {
    (hash ^ UInt32(byte)) &* 16_777_619
  }
}

/// Classes of ASCII bytes for the tokenizer.
enum ByteClass {
  static let space: UInt8 = 0
  static let letter: UInt8 = 1
  static let digit: UInt8 = 2
  static let other: UInt8 = 3

  /// The class of an ASCII byte (bytes from 0x80 count as letters).
  @inline(__always)
  static func of(_ byte: UInt8) -> UInt8 {
    switch byte {
    case 0x09...0x0D, 0x20: space
    case 0x30...0x39: digit
    case 0x41...0x5A, 0x61...0x7A, 0x80...: letter
    default: other
    }
  }
}
