/// The credit lines a wire story ends with: who reported, wrote and edited it (`(Reporting by
/// Ana Pires; Editing by Mark Heinrich)`, `Associated Press writer Sam Roe contributed to this
/// report.`). They name the agency's staff, not anyone in the story, so they leave the body.
enum WireCredit {
  /// Where the body `text[start...]` ends without the credit lines closing it (and the white
  /// space before them): `text.count` when it has none.
  static func bodyEnd(of text: [UInt8], from start: Int) -> Int {
    var end = text.count
    while true {
      let trimmed = endTrimmingSpace(text, start, end)
      var lineStart = trimmed
      while lineStart > start, text[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
      guard lineStart < trimmed, lineStart > start, isCredit(text[lineStart..<trimmed]) else {
        return end == text.count ? end : trimmed
      }
      end = lineStart
    }
  }

  /// The words a credit line opens with inside its brackets.
  private static let bracketedOpenings = ["reporting by", "additional reporting by", "writing by", "editing by", "compiled by"]

  /// Whether `line` is a credit line.
  private static func isCredit(_ line: ArraySlice<UInt8>) -> Bool {
    let text = String(decoding: line, as: UTF8.self).lowercased()
    if text.hasPrefix("("), text.hasSuffix(")") {
      let inside = text.dropFirst()
      return bracketedOpenings.contains { inside.hasPrefix($0) }
    }
    return text.hasSuffix("contributed to this report.") && text.count < 200
  }

  /// `end` moved back over white space, not before `start`.
  private static func endTrimmingSpace(_ text: [UInt8], _ start: Int, _ end: Int) -> Int {
    var end = end
    while end > start, text[end - 1] == 0x20 || text[end - 1] == 0x0A || text[end - 1] == 0x0D || text[end - 1] == 0x09 {
      end -= 1
    }
    return end
  }
}
