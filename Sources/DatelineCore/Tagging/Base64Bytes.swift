/// Base64 for the model file, written and read on bytes (line breaks are skipped when reading).
enum Base64Bytes {
  private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
  private static let values: [UInt8] = {
    var table = [UInt8](repeating: 0xFF, count: 256)
    for (index, byte) in alphabet.enumerated() { table[Int(byte)] = UInt8(index) }
    return table
  }()

  /// `bytes` in base64, broken into lines of at most `lineLength` characters.
  static func encode(_ bytes: [UInt8], lineLength: Int = 120) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count / 3 * 4 + bytes.count / 90 + 8)
    var index = 0
    var column = 0
    while index < bytes.count {
      let a = bytes[index]
      let b = index + 1 < bytes.count ? bytes[index + 1] : 0
      let c = index + 2 < bytes.count ? bytes[index + 2] : 0
      let chars = [
        alphabet[Int(a >> 2)], alphabet[Int((a & 3) << 4 | b >> 4)],
        index + 1 < bytes.count ? alphabet[Int((b & 15) << 2 | c >> 6)] : UInt8(ascii: "="),
        index + 2 < bytes.count ? alphabet[Int(c & 63)] : UInt8(ascii: "="),
      ]
      out.append(contentsOf: chars)
      column += 4
      if column >= lineLength {
        out.append(0x0A)
        column = 0
      }
      index += 3
    }
    if column > 0 { out.append(0x0A) }
    return String(decoding: out, as: UTF8.self)
  }

  /// Decodes base64 from `text[start...]` until `count` bytes are out; returns them and the index
  /// after the last character read, or `nil` on a character outside the alphabet.
  static func decode(_ text: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) -> ([UInt8], Int)? {
    var out = [UInt8](repeating: 0, count: count)
    var index = start
    let ok: Bool = values.withUnsafeBufferPointer { values in
      out.withUnsafeMutableBufferPointer { out in
        var written = 0
        var buffer: UInt32 = 0
        var bits = 0
        while written < count {
          guard index < text.count else { return false }
          let byte = text[index]
          index += 1
          if byte == 0x0A { continue }
          let value = values[Int(byte)]
          guard value != 0xFF else { return false }
          buffer = buffer << 6 | UInt32(value)
          bits += 6
          if bits >= 8 {
            bits -= 8
            out[written] = UInt8(truncatingIfNeeded: buffer >> UInt32(bits))
            written += 1
          }
        }
        return true
      }
    }
    guard ok else { return nil }
    while index < text.count && (text[index] == UInt8(ascii: "=") || text[index] == 0x0A) { index += 1 }
    return (out, index)
  }
}
