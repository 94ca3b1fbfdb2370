/// Decodes HTML character references: the named ones pages use most, and numeric ones (the
/// C1 range read as Windows-1252, as browsers do, so `&#146;` is a right quotation mark).
enum Entity {
  private static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "mdash": "—",
    "ndash": "–", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "sbquo": "‚", "bdquo": "„",
    "lsaquo": "‹", "rsaquo": "›", "hellip": "…", "laquo": "«", "raquo": "»", "copy": "©", "reg": "®",
    "trade": "™", "deg": "°", "middot": "·", "bull": "•", "times": "×", "divide": "÷", "plusmn": "±",
    "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "sect": "§", "para": "¶", "dagger": "†",
    "prime": "′", "Prime": "″", "frac12": "½", "frac14": "¼", "frac34": "¾", "sup2": "²", "micro": "µ",
    "iexcl": "¡", "iquest": "¿", "shy": "\u{00AD}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}",
    "zwj": "\u{200D}", "zwnj": "\u{200C}", "hyphen": "‐", "minus": "−",
    "aacute": "á", "agrave": "à", "acirc": "â", "atilde": "ã", "auml": "ä", "aring": "å", "aelig": "æ",
    "ccedil": "ç", "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë", "iacute": "í", "igrave": "ì",
    "icirc": "î", "iuml": "ï", "ntilde": "ñ", "oacute": "ó", "ograve": "ò", "ocirc": "ô", "otilde": "õ",
    "ouml": "ö", "oslash": "ø", "uacute": "ú", "ugrave": "ù", "ucirc": "û", "uuml": "ü", "yacute": "ý",
    "szlig": "ß", "Aacute": "Á", "Eacute": "É", "Iacute": "Í", "Oacute": "Ó", "Uacute": "Ú", "Ntilde": "Ñ",
    "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "Ccedil": "Ç", "Oslash": "Ø", "Aring": "Å",
  ]
  /// Windows-1252 characters of the bytes 0x80–0x9F, which pages write as numeric references.
  private static let windows1252: [UInt32: UInt32] = [
    0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
    0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
    0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
    0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
  ]

  /// The decoded bytes of the reference at `start` (an `&`) and the index after it.
  static func decode(_ bytes: [UInt8], at start: Int) -> ([UInt8], Int)? {
    var index = start + 1
    while index < bytes.count, index - start <= 10, bytes[index] != UInt8(ascii: ";") { index += 1 }
    guard index < bytes.count, bytes[index] == UInt8(ascii: ";"), index > start + 1 else { return nil }
    let name = String(decoding: bytes[(start + 1)..<index], as: UTF8.self)
    if name.hasPrefix("#") {
      let digits = name.dropFirst()
      let number = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
      guard let number else { return nil }
      let value = windows1252[number] ?? number
      guard let scalar = Unicode.Scalar(value), value >= 0x20 || value == 0x0A || value == 0x09,
        !(0x7F...0x9F).contains(value)
      else { return nil }
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
