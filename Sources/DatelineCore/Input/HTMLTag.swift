extension HTMLReader {
  /// One tag: its lower-cased name, whether it closes or closes itself, its attributes.
  struct Tag {
    /// The lower-cased name; `!` for a comment, doctype or processing instruction.
    var name: String
    var isClosing: Bool
    var isSelfClosing: Bool
    /// Values of the attributes the reader uses (`readAttributes`), by lower-cased name, entities
    /// decoded; the first of a repeated name wins.
    var attributes: [String: String]
    /// The index after the tag's `>`.
    var end: Int

    /// Reads the tag starting at the `<` at `start`; `nil` when no tag starts there. A comment
    /// or tag that is never closed runs to the end of the input, as browsers read it.
    init?(_ bytes: [UInt8], at start: Int) {
      var index = start + 1
      guard index < bytes.count else { return nil }
      if bytes[index] == UInt8(ascii: "!") || bytes[index] == UInt8(ascii: "?") {
        let isComment = bytes[index...].starts(with: Array("!--".utf8))
        let terminator: [UInt8] = isComment ? Array("-->".utf8) : [UInt8(ascii: ">")]
        let close = HTMLBytes.find(terminator, in: bytes, from: index) ?? bytes.count
        self.init(name: "!", isClosing: false, isSelfClosing: true, attributes: [:], end: min(bytes.count, close + terminator.count))
        return
      }
      let closing = bytes[index] == UInt8(ascii: "/")
      if closing { index += 1 }
      let nameStart = index
      while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
      guard index > nameStart, HTMLBytes.isLetter(bytes[nameStart]) else { return nil }
      let name = Self.lowercasedString(bytes[nameStart..<index])
      var attributes: [String: String] = [:]
      let close = Self.readAttributes(bytes, from: index, into: &attributes)
      guard close < bytes.count else { return nil }
      self.init(
        name: name, isClosing: closing, isSelfClosing: close > start && bytes[close - 1] == UInt8(ascii: "/"),
        attributes: attributes, end: close + 1)
    }

    private init(name: String, isClosing: Bool, isSelfClosing: Bool, attributes: [String: String], end: Int) {
      self.name = name
      self.isClosing = isClosing
      self.isSelfClosing = isSelfClosing
      self.attributes = attributes
      self.end = end
    }

    /// The attributes the reader looks at; others (`src`, `srcset`, `data-…`, event handlers) are
    /// skipped without building their values.
    private static let usedAttributes: Set<String> = [
      "class", "id", "style", "hidden", "aria-hidden", "role", "itemprop", "datetime", "pubdate", "content", "property",
      "name", "rel", "href", "type",
    ]

    /// The bytes as a string with ASCII capitals made small; most names are small already.
    private static func lowercasedString(_ name: ArraySlice<UInt8>) -> String {
      if !name.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { return String(decoding: name, as: UTF8.self) }
      return String(decoding: name.map(\.asciiLowercased), as: UTF8.self)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
      HTMLBytes.isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x3A
    }

    /// Reads `name=value` pairs up to the tag's `>` (quoted values may hold `>`); returns the
    /// index of that `>`, or the input's end when there is none.
    private static func readAttributes(_ bytes: [UInt8], from start: Int, into attributes: inout [String: String]) -> Int {
      var index = start
      let count = bytes.count
      while index < count {
        let byte = bytes[index]
        if byte == UInt8(ascii: ">") { return index }
        if HTMLBytes.isSpace(byte) || byte == UInt8(ascii: "/") {
          index += 1
          continue
        }
        let keyStart = index
        while index < count, !HTMLBytes.isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="),
          bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") || index == keyStart
        { index += 1 }
        let key = Self.lowercasedString(bytes[keyStart..<index])
        while index < count, HTMLBytes.isSpace(bytes[index]) { index += 1 }
        guard index < count, bytes[index] == UInt8(ascii: "=") else {
          if Self.usedAttributes.contains(key), attributes[key] == nil { attributes[key] = "" }
          continue
        }
        index += 1
        while index < count, HTMLBytes.isSpace(bytes[index]) { index += 1 }
        guard index < count else { return count }
        let valueRange: Range<Int>
        if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
          let quote = bytes[index]
          let valueStart = index + 1
          guard let valueEnd = HTMLBytes.find([quote], in: bytes, from: valueStart) else { return count }
          valueRange = valueStart..<valueEnd
          index = valueEnd + 1
        } else {
          let valueStart = index
          while index < count, !HTMLBytes.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
          valueRange = valueStart..<index
        }
        if Self.usedAttributes.contains(key), attributes[key] == nil {
          let value = bytes[valueRange]
          attributes[key] =
            value.contains(UInt8(ascii: "&"))
            ? String(decoding: Entity.decodeAll(Array(value)), as: UTF8.self) : String(decoding: value, as: UTF8.self)
        }
      }
      return count
    }
  }
}
