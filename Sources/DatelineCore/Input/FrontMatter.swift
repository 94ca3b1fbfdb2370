/// Reads a leading front-matter block (`---`, `key: value` lines, `---`) from an article.
enum FrontMatter {
  /// The metadata fields and where the body starts, or `nil` when the text has no front matter.
  static func read(_ text: [UInt8]) -> (fields: [(key: String, value: String)], bodyStart: Int)? {
    guard text.starts(with: Array("---".utf8)) else { return nil }
    var lines: [Range<Int>] = []
    var start = 0
    var index = 0
    while index < text.count && lines.count < 200 {
      if text[index] == 0x0A {
        lines.append(start..<index)
        start = index + 1
      }
      index += 1
    }
    guard let first = lines.first, isFence(text[first]) else { return nil }
    var fields: [(key: String, value: String)] = []
    for line in lines.dropFirst() {
      if isFence(text[line]) { return (fields, line.upperBound + 1) }
      let content = String(decoding: text[line], as: UTF8.self)
      guard let colon = content.firstIndex(of: ":") else { continue }
      let key = String(content[..<colon]).trimmingASCIIWhitespace().lowercased()
      var value = String(content[content.index(after: colon)...]).trimmingASCIIWhitespace()
      if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
        value = String(value.dropFirst().dropLast())
      }
      fields.append((key, value))
    }
    return nil
  }

  private static func isFence(_ line: ArraySlice<UInt8>) -> Bool {
    var trimmed = line
    while let last = trimmed.last, last == 0x20 || last == 0x09 || last == 0x0D { trimmed.removeLast() }
    return trimmed.elementsEqual("---".utf8)
  }
}
