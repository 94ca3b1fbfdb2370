/// Reads a leading front-matter block (`---`, `key: value` lines, `---`) from an article.
enum FrontMatter {
  /// The metadata fields and where the body starts, or `nil` when the text has no front matter.
  static func read(_ text: [UInt8]) -> (fields: [(key: String, value: String)], bodyStart: Int)? {
    guard text.starts(with: Array("---".utf8)) else { return nil }
    var fields: [(key: String, value: String)] = []
    var start = 0
    for number in 0..<200 {
      guard let end = text[start...].firstIndex(of: 0x0A) else { return nil }
      let line = text[start..<end]
      start = end + 1
      if number == 0 {
        guard isFence(line) else { return nil }
        continue
      }
      if isFence(line) { return (fields, start) }
      let content = String(decoding: line, as: UTF8.self)
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
