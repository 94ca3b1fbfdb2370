/// Checks UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF), eight ASCII
/// bytes at a time.
enum UTF8Validation {
  /// Whether `bytes` is valid UTF-8.
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let count = bytes.count
    var index = 0
    while index < count {
      while index + 8 <= count,
        UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        index += 8
      }
      guard index < count else { return true }
      let lead = base[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let (length, low, high): (Int, UInt8, UInt8)
      switch lead {
      case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
      case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
      case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
      case 0xED: (length, low, high) = (3, 0x80, 0x9F)
      case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
      case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
      case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
      default: return false
      }
      guard index + length <= count, (low...high).contains(base[index + 1]) else { return false }
      for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 { return false }
      index += length
    }
    return true
  }
}
