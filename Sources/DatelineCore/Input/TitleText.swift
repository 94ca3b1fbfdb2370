import Foundation

/// Cleans a page's `<title>`: the site's name it carries before or after a separator
/// (" - BBC News", "Site | "), as Readability reads it; and compares titles with headings.
enum TitleText {
  private static let separators = [" | ", " - ", " – ", " — ", " \\ ", " / ", " > ", " » "]
  private static let hierarchicalSeparators = [" \\ ", " / ", " > ", " » "]

  /// `title` without a site name around a separator; a short remainder (four words or fewer)
  /// keeps the whole title unless only the site's part went. `headings` are the page's `h1` and
  /// `h2` texts: a title equal to one keeps its colon.
  static func cleaned(_ title: String, headings: [String]) -> String {
    var result = title
    var hadSeparator = false
    let found = separators.compactMap { title.range(of: $0) }
    let lastFound = separators.compactMap { title.range(of: $0, options: .backwards) }
    if let first = found.min(by: { $0.lowerBound < $1.lowerBound }),
      let last = lastFound.max(by: { $0.lowerBound < $1.lowerBound })
    {
      hadSeparator = hierarchicalSeparators.contains { title.contains($0) }
      result = String(title[..<last.lowerBound])
      if words(result) < 3 { result = String(title[first.upperBound...]) }
    } else if let firstColon = title.range(of: ": ") {
      if !headings.contains(where: { $0.trimmingASCIIWhitespace() == title.trimmingASCIIWhitespace() }) {
        let lastColon = title.range(of: ": ", options: .backwards) ?? firstColon
        result = String(title[lastColon.upperBound...])
        if words(result) < 3 {
          result = String(title[firstColon.upperBound...])
        } else if words(String(title[..<firstColon.lowerBound])) > 5 {
          result = title
        }
      }
    } else if title.count > 150 || title.count < 15, headings.count == 1 {
      result = headings[0]
    }
    result = result.trimmingASCIIWhitespace()
    let count = words(result)
    let withoutSeparators = title.filter { !"|-\\/>»".contains($0) }
    if count <= 4 && (!hadSeparator || count != words(withoutSeparators) - 1) { return title.trimmingASCIIWhitespace() }
    return result
  }

  /// How much of `other`'s words `text` shares: 1 when all, 0 when none (weighed by length).
  static func similarity(_ text: String, _ other: String) -> Double {
    let first = Set(tokens(text))
    let second = tokens(other)
    let secondLength = second.joined(separator: " ").count
    guard !first.isEmpty, secondLength > 0 else { return 0 }
    let unshared = second.filter { !first.contains($0) }.joined(separator: " ").count
    return 1 - Double(unshared) / Double(secondLength)
  }

  private static func tokens(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
  }

  private static func words(_ text: String) -> Int {
    text.split { $0 == " " || $0 == "\t" || $0 == "\n" }.count
  }
}
