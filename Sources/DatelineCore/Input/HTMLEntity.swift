/// Decodes HTML character references: named ones news pages use, and numeric ones.
enum Entity {
  private static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "mdash": "—",
    "ndash": "–", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "hellip": "…", "laquo": "«",
    "raquo": "»", "eacute": "é", "egrave": "è", "aacute": "á", "agrave": "à", "ouml": "ö", "uuml": "ü",
    "auml": "ä", "ccedil": "ç", "copy": "©", "reg": "®", "deg": "°", "middot": "·", "bull": "•",
  ]

  /// The decoded bytes of the reference at `start` (an `&`) and the index after it.
  static func decode(_ bytes: [UInt8], at start: Int) -> ([UInt8], Int)? {
    var index = start + 1
    while index < bytes.count, index - start <= 10, bytes[index] != UInt8(ascii: ";") { index += 1 }
    guard index < bytes.count, bytes[index] == UInt8(ascii: ";"), index > start + 1 else { return nil }
    let name = String(decoding: bytes[(start + 1)..<index], as: UTF8.self)
    if name.hasPrefix("#") {
      let digits = name.dropFirst()
      let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
      guard let value, let scalar = Unicode.Scalar(value), value >= 0x20 || value == 0x0A || value == 0x09 else { return nil }
      return (Array(String(Character(scalar)).utf8), index + 1)
    }
    guard let text = named[name] else { return nil }
    return (Array(text.utf8), index + 1)
  }

  /// `text` with every reference decoded.
  static func decodeAll(_ text: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    var index = 0
    while index < text.count {
      if text[index] == UInt8(ascii: "&"), let (decoded, end) = decode(text, at: index) {
        result += decoded
        index = end
      } else {
        result.append(text[index])
        index += 1
      }
    }
    return result
  }
}
