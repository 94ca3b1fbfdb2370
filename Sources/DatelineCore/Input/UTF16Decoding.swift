/// Turns UTF-16 text that starts with a byte-order mark (either byte order) into UTF-8, before
/// the binary-data check that its NUL bytes would fail.
enum UTF16Decoding {
  /// Whether `bytes` start with a UTF-16 byte-order mark (`FF FE` or `FE FF`).
  static func hasByteOrderMark(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
  }

  /// The UTF-8 of UTF-16 `bytes` without their byte-order mark, and whether anything had to be
  /// replaced with U+FFFD (a lone surrogate, an odd last byte); `nil` when there is no mark.
  static func utf8(_ bytes: [UInt8]) -> (text: [UInt8], repaired: Bool)? {
    guard hasByteOrderMark(bytes) else { return nil }
    let bigEndian = bytes[0] == 0xFE
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = 2
    while index + 1 < bytes.count {
      let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
      units.append(UInt16(high) << 8 | UInt16(low))
      index += 2
    }
    var text: [UInt8] = []
    text.reserveCapacity(units.count)
    let invalid = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false) { text.append($0) }
    let oddLastByte = index < bytes.count
    if oddLastByte { text.append(contentsOf: "\u{FFFD}".utf8) }
    return (text, invalid || oddLastByte)
  }
}
