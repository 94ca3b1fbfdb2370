/// Finds the elements of a feed by name in a byte range: their raw content, their text with
/// CDATA and entities undone, and Atom's link addresses.
enum FeedElements {
  /// The content ranges of every `<name …>…</name>` in `range`, in order.
  static func contents(of name: String, in bytes: [UInt8], within range: Range<Int>) -> [Range<Int>] {
    var found: [Range<Int>] = []
    var index = range.lowerBound
    while let content = next(name, in: bytes, from: index, to: range.upperBound) {
      found.append(content)
      index = content.upperBound
    }
    return found
  }

  /// The text of the first `name` element in `range`: CDATA unwrapped, entities decoded, tags
  /// and surrounding white space dropped.
  static func text(of name: String, in bytes: [UInt8], within range: Range<Int>) -> String? {
    guard let raw = markup(of: name, in: bytes, within: range) else { return nil }
    var text: [UInt8] = []
    var inTag = false
    for byte in raw {
      if byte == UInt8(ascii: "<") { inTag = true } else if byte == UInt8(ascii: ">") { inTag = false } else if !inTag { text.append(byte) }
    }
    let string = String(decoding: Entity.decodeAll(text), as: UTF8.self).trimmingASCIIWhitespace()
    return string.isEmpty ? nil : string
  }

  /// The markup inside the first `name` element in `range`: CDATA unwrapped, or escaped markup
  /// (`&lt;p&gt;`) unescaped.
  static func markup(of name: String, in bytes: [UInt8], within range: Range<Int>) -> [UInt8]? {
    guard let content = next(name, in: bytes, from: range.lowerBound, to: range.upperBound) else { return nil }
    var raw = Array(bytes[content])
    if let open = XMLScan.find("<![CDATA[", in: raw, from: 0), let close = XMLScan.find("]]>", in: raw, from: open) {
      raw = Array(raw[(open + 9)..<close])
    } else if XMLScan.find("&lt;", in: raw, from: 0) != nil {
      raw = Entity.decodeAll(raw)
    }
    return raw
  }

  /// The address of an Atom entry: its `rel="alternate"` link, or its first link without `rel`.
  static func atomLink(in bytes: [UInt8], within range: Range<Int>) -> String? {
    var index = range.lowerBound
    var fallback: String?
    while let open = XMLScan.find("<link", in: bytes, from: index), open < range.upperBound {
      guard let close = XMLScan.find(">", in: bytes, from: open), close < range.upperBound else { break }
      let tag = String(decoding: bytes[open...close], as: UTF8.self)
      index = close + 1
      guard let href = attribute("href", in: tag) else { continue }
      let rel = attribute("rel", in: tag)
      if rel == "alternate" { return href }
      if rel == nil, fallback == nil { fallback = href }
    }
    return fallback
  }

  private static func attribute(_ name: String, in tag: String) -> String? {
    for quote in ["\"", "'"] {
      guard let start = tag.range(of: " " + name + "=" + quote) else { continue }
      let rest = tag[start.upperBound...]
      guard let end = rest.firstIndex(of: Character(quote)) else { return nil }
      return String(rest[..<end])
    }
    return nil
  }

  /// The content range of the next `name` element starting at or after `from`, ending by `to`.
  private static func next(_ name: String, in bytes: [UInt8], from: Int, to: Int) -> Range<Int>? {
    var index = from
    while let open = XMLScan.find("<" + name, in: bytes, from: index), open < to {
      let after = open + 1 + name.utf8.count
      guard after < bytes.count else { return nil }
      let byte = bytes[after]
      guard byte == UInt8(ascii: ">") || byte == UInt8(ascii: " ") || byte == 0x0A || byte == 0x09 || byte == UInt8(ascii: "/") else {
        index = after
        continue
      }
      guard let tagEnd = XMLScan.find(">", in: bytes, from: after) else { return nil }
      if bytes[tagEnd - 1] == UInt8(ascii: "/") { return tagEnd + 1..<tagEnd + 1 }
      guard let close = XMLScan.find("</" + name + ">", in: bytes, from: tagEnd + 1), close <= to else { return nil }
      return (tagEnd + 1)..<close
    }
    return nil
  }
}
