/// Turns raw file bytes into the text Dateline works on: valid UTF-8 without a BOM, `\n` line ends.
enum TextNormalizer {
  /// Whether the bytes look like binary data rather than text: a NUL byte, or many control bytes
  /// in the first 8 KiB.
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    let sample = bytes.prefix(8192)
    var controls = 0
    for byte in sample {
      if byte == 0 { return true }
      if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B {
        controls += 1
      }
    }
    return controls * 10 > sample.count
  }

  /// The normalized text and whether invalid UTF-8 had to be replaced.
  static func normalize(_ bytes: [UInt8]) -> (text: [UInt8], repaired: Bool) {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    var repaired = false
    var valid: [UInt8]
    if isValidUTF8(body) {
      valid = Array(body)
    } else {
      valid = Array(String(decoding: body, as: UTF8.self).utf8)
      repaired = true
    }
    guard valid.contains(0x0D) else { return (valid, repaired) }
    var text: [UInt8] = []
    text.reserveCapacity(valid.count)
    var index = 0
    while index < valid.count {
      let byte = valid[index]
      if byte == 0x0D {
        text.append(0x0A)
        if index + 1 < valid.count && valid[index + 1] == 0x0A { index += 1 }
      } else {
        text.append(byte)
      }
      index += 1
    }
    return (text, repaired)
  }

  private static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue: continue
      case .emptyInput: return true
      case .error: return false
      }
    }
  }
}
