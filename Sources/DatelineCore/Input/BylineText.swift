/// Cleans the author names a page states: white space collapsed, a leading "By" or "Written
/// by" dropped, what follows a separator (`|`, `•`, `·`) or a weekday (the date of the byline)
/// cut off; an address, a handle, or text too long or without letters is no byline.
enum BylineText {
  /// The most bytes a byline may hold; a longer "author" block is a biography, not a name.
  static let maximumLength = 100

  private static let leads = ["written by ", "posted by ", "words by ", "by: ", "by "]
  private static let separators: Set<Substring> = ["|", "•", "·"]
  private static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

  /// The byline in `text`, or `nil` when it is not one.
  static func cleaned(_ text: String) -> String? {
    let words = text.split(whereSeparator: \.isWhitespace)
    guard words.reduce(words.count - 1, { $0 + $1.utf8.count }) <= maximumLength else { return nil }
    var line = words.drop(while: separators.contains).prefix { !separators.contains($0) && !weekdays.contains($0.lowercased().filter(\.isLetter)) }
      .joined(separator: " ")
    for lead in leads where line.lowercased().hasPrefix(lead) {
      line = String(line.dropFirst(lead.count))
      break
    }
    line = trimmed(line)
    guard !line.isEmpty, line.contains(where: \.isLetter),
      !line.hasPrefix("@"), !looksLikeAddress(line)
    else { return nil }
    return line
  }

  /// Whether a paragraph of article text is the byline again ("By Jane Doe" over the article).
  static func repeats(_ byline: String, in paragraph: ArraySlice<UInt8>) -> Bool {
    guard paragraph.count <= maximumLength + 20 else { return false }
    return cleaned(String(decoding: paragraph, as: UTF8.self)) == byline
  }

  /// The line without separators and punctuation around it (`| Jane Doe,`).
  private static func trimmed(_ line: String) -> String {
    let edges: Set<Character> = [" ", "|", "·", ",", "-", "–", "—", ":"]
    guard let start = line.firstIndex(where: { !edges.contains($0) }),
      let end = line.lastIndex(where: { !edges.contains($0) })
    else { return "" }
    return String(line[start...end])
  }

  private static func looksLikeAddress(_ text: String) -> Bool {
    text.contains("://") || text.hasPrefix("www.") || (!text.contains(" ") && text.contains("/"))
  }
}
