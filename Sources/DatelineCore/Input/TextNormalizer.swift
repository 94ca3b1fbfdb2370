import Foundation

/// Turns raw file bytes into the text Dateline works on: valid UTF-8 without a BOM, `\n` line ends.
enum TextNormalizer {
  /// How many leading bytes `looksBinary` judges.
  static let binaryPrefixLength = 4096

  /// Whether the bytes look like binary data rather than text: a NUL byte, or many control bytes
  /// in the first 4 KiB.
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      let count = min(buffer.count, binaryPrefixLength)
      var controls = 0
      for index in 0..<count {
        let byte = buffer[index]
        guard byte < 0x20 else { continue }
        if byte == 0 { return true }
        if byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B { controls += 1 }
      }
      return controls * 10 > count
    }
  }

  /// The normalized text and whether invalid UTF-8 had to be replaced. Text that is already
  /// clean comes back without a copy.
  static func normalize(_ bytes: [UInt8]) -> (text: [UInt8], repaired: Bool) {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var text: [UInt8]
    var repaired = false
    if bytes.withUnsafeBufferPointer({ UTF8Validation.isValid(UnsafeBufferPointer(rebasing: $0[start...])) }) {
      text = start == 0 ? bytes : Array(bytes[start...])
    } else {
      text = Array(String(decoding: bytes[start...], as: UTF8.self).utf8)
      repaired = true
    }
    let hasReturn = text.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.map { memchr($0, 0x0D, buffer.count) != nil } ?? false
    }
    if hasReturn { unifyLineEnds(&text) }
    return (text, repaired)
  }

  /// Turns `\r\n` and lone `\r` into `\n`, in place.
  private static func unifyLineEnds(_ text: inout [UInt8]) {
    var written = 0
    text.withUnsafeMutableBufferPointer { buffer in
      var index = 0
      while index < buffer.count {
        let byte = buffer[index]
        if byte == 0x0D {
          buffer[written] = 0x0A
          if index + 1 < buffer.count && buffer[index + 1] == 0x0A { index += 1 }
        } else {
          buffer[written] = byte
        }
        written += 1
        index += 1
      }
    }
    text.removeLast(text.count - written)
  }
}
