extension HTMLReader {
  /// One tag: its lower-cased name, whether it closes or closes itself, its attributes.
  struct Tag {
    var name: String
    var isClosing: Bool
    var isSelfClosing: Bool
    var attributes: [String: String]
    /// The index after the tag's `>`.
    var end: Int

    /// Reads the tag starting at the `<` at `start`; `nil` when no tag starts there.
    init?(_ bytes: [UInt8], at start: Int) {
      var index = start + 1
      guard index < bytes.count else { return nil }
      if bytes[index] == UInt8(ascii: "!") || bytes[index] == UInt8(ascii: "?") {
        let isComment = bytes[index...].starts(with: Array("!--".utf8))
        let terminator = isComment ? Array("-->".utf8) : [UInt8(ascii: ">")]
        guard let close = Self.find(terminator, in: bytes, from: index) else { return nil }
        self.init(name: "!", isClosing: false, isSelfClosing: true, attributes: [:], end: close + terminator.count)
        return
      }
      let closing = bytes[index] == UInt8(ascii: "/")
      if closing { index += 1 }
      let nameStart = index
      while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
      guard index > nameStart, let close = Self.find([UInt8(ascii: ">")], in: bytes, from: index) else { return nil }
      let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
      let inside = String(decoding: bytes[index..<close], as: UTF8.self)
      self.init(
        name: name, isClosing: closing, isSelfClosing: inside.hasSuffix("/"),
        attributes: Self.attributes(inside), end: close + 1)
    }

    private init(name: String, isClosing: Bool, isSelfClosing: Bool, attributes: [String: String], end: Int) {
      self.name = name
      self.isClosing = isClosing
      self.isSelfClosing = isSelfClosing
      self.attributes = attributes
      self.end = end
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
      (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
      var index = start
      while index + needle.count <= bytes.count {
        if bytes[index] == needle[0] && bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
        index += 1
      }
      return nil
    }

    private static func attributes(_ text: String) -> [String: String] {
      var result: [String: String] = [:]
      var rest = Substring(text)
      while let equals = rest.firstIndex(of: "=") {
        let key = rest[..<equals].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).last.map(String.init)?.lowercased()
        rest = rest[rest.index(after: equals)...].drop { $0 == " " }
        var value: Substring
        if let quote = rest.first, quote == "\"" || quote == "'" {
          rest = rest.dropFirst()
          value = rest.prefix { $0 != quote }
          rest = rest.dropFirst(value.count + 1)
        } else {
          value = rest.prefix { $0 != " " && $0 != ">" }
          rest = rest.dropFirst(value.count)
        }
        if let key { result[key] = String(decoding: Entity.decodeAll(Array(value.utf8)), as: UTF8.self) }
      }
      return result
    }
  }
}
