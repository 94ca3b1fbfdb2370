/// Reads a leading front-matter block (`---`, `key: value` lines, `---`) from an article. Any
/// line goes in the first 200; past them the block only goes on while its lines look like
/// front matter (a `key:`, a blank, an indented or `- ` list line), so a long block is still read
/// and a Markdown rule at the top does not swallow the article.
enum FrontMatter {
  /// How many lines may be anything before the block must look like front matter to go on.
  static let looseLines = 200

  /// The metadata fields and where the body starts, or `nil` when the text has no front matter.
  static func read(_ text: [UInt8]) -> (fields: [(key: String, value: String)], bodyStart: Int)? {
    guard text.starts(with: Array("---".utf8)) else { return nil }
    var fields: [(key: String, value: String)] = []
    var start = 0
    var number = 0
    while let end = text[start...].firstIndex(of: 0x0A) {
      let line = text[start..<end]
      start = end + 1
      number += 1
      if number == 1 {
        guard isFence(line) else { return nil }
        continue
      }
      if isFence(line) { return (fields, start) }
      if number > looseLines && !looksLikeFrontMatter(line) { return nil }
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

  private static func looksLikeFrontMatter(_ line: ArraySlice<UInt8>) -> Bool {
    guard let first = line.first else { return true }
    return first == 0x20 || first == 0x09 || first == 0x0D || line.starts(with: "- ".utf8) || line.contains(UInt8(ascii: ":"))
  }

  private static func isFence(_ line: ArraySlice<UInt8>) -> Bool {
    var trimmed = line
    while let last = trimmed.last, last == 0x20 || last == 0x09 || last == 0x0D { trimmed.removeLast() }
    return trimmed.elementsEqual("---".utf8)
  }
}
