/// How a summary's text is finished once its words are chosen.
extension EventSummarizer {
  /// The text with its first letter capitalized, spaced punctuation joined, cut to
  /// `maximumLength`.
  static func finished(_ text: String) -> String {
    var result = SpacedPunctuation.joined(text)
    // A word in camel case keeps its spelling: `iPhone 4 was introduced`.
    let isCamelCase = result.utf8.dropFirst().prefix { $0 != 0x20 }.contains { $0 >= 0x41 && $0 <= 0x5A }
    if let byte = result.utf8.first, byte >= 0x61 && byte <= 0x7A, !isCamelCase {
      var bytes = Array(result.utf8)
      bytes[0] = byte - 0x20
      result = String(decoding: bytes, as: UTF8.self)
    } else if let byte = result.utf8.first, byte >= 0x80, let first = result.first, first.isLowercase {
      result = first.uppercased() + result.dropFirst()
    }
    guard result.utf8.count > maximumLength, result.count > maximumLength else { return result }
    let cut = result.prefix(maximumLength - 1)
    let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
    return String(word) + "…"
  }
}
