/// Byte-level helpers the HTML reader shares: classes of ASCII bytes and searches.
enum HTMLBytes {
  /// Whether `byte` is HTML white space (space, tab, line feed, form feed, carriage return).
  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0C || byte == 0x0D
  }

  /// Whether `byte` is an ASCII letter.
  static func isLetter(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return lower >= 0x61 && lower <= 0x7A
  }

  /// Whether `byte` is an ASCII digit.
  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// The first index at or after `start` where `needle` starts in `bytes`.
  static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    guard let first = needle.first else { return start }
    var index = start
    let last = bytes.count - needle.count
    while index <= last {
      if bytes[index] == first {
        var offset = 1
        while offset < needle.count, bytes[index + offset] == needle[offset] { offset += 1 }
        if offset == needle.count { return index }
      }
      index += 1
    }
    return nil
  }

  /// The first index at or after `start` where the lower-case ASCII `needle` starts in `bytes`,
  /// compared without regard to ASCII case.
  static func findCaseless(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    guard let first = needle.first else { return start }
    var index = start
    let last = bytes.count - needle.count
    while index <= last {
      if bytes[index].asciiLowercased == first {
        var offset = 1
        while offset < needle.count, bytes[index + offset].asciiLowercased == needle[offset] { offset += 1 }
        if offset == needle.count { return index }
      }
      index += 1
    }
    return nil
  }

  /// Whether the lower-case ASCII `needle` occurs in `bytes`, without regard to ASCII case.
  static func containsCaseless(_ bytes: [UInt8], _ needle: String) -> Bool {
    findCaseless(Array(needle.utf8), in: bytes, from: 0) != nil
  }

  /// Whether `bytes` start with the lower-case ASCII `needle`, without regard to ASCII case.
  static func startsCaseless(_ bytes: [UInt8], _ needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    return bytes.count >= pattern.count && zip(bytes, pattern).allSatisfy { $0.asciiLowercased == $1 }
  }
}
