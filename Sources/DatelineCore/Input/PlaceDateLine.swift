/// A header line that is only a dateline: the place a story was filed from, then its date, and
/// perhaps the agency in brackets and a dash (`LONDON, Feb 12, 2026`, `San Francisco, Calif.,
/// Oct. 14, 2025 (AP) -`, `ROTTERDAM (Reuters) -`), on a line of its own above the body. It dates
/// the story and names no event of it.
struct PlaceDateLine {
  /// The day it names (`YYYY-MM-DD`, or `XXXX-MM-DD` without a year).
  var day: String?
  /// The agency in brackets.
  var agency: String?

  /// The longest such line, in bytes.
  private static let longestLine = 100
  /// The most words a place's name has (`Rio de Janeiro`, `NEW YORK CITY`).
  private static let placeWords = 4
  /// How many parts set off by commas may name the place (`SAN FRANCISCO, Calif.,`).
  private static let placeParts = 2
  /// The small words a place's name may hold after its first word.
  private static let joiners: Set<String> = ["of", "de", "del", "la", "le", "du", "upon", "on", "am", "al", "el", "es"]

  /// The dateline `line` is, or nil when it is anything else: a place with a date, or a place in
  /// capitals or before a dash with the agency, or a place in capitals before a dash.
  init?(_ line: String) {
    guard line.utf8.count <= Self.longestLine else { return nil }
    var rest = Substring(line).trimmingCharacters(in: .whitespaces)[...]
    var dashed = false
    if let last = rest.last, "-–—".contains(last) {
      rest = rest.dropLast().trimmingCharacters(in: .whitespaces)[...]
      dashed = true
    }
    if rest.hasSuffix(")"), let open = rest.lastIndex(of: "(") {
      let name = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)].trimmingCharacters(in: .whitespaces)
      guard let first = name.unicodeScalars.first, first.properties.isUppercase, name.split(separator: " ").count <= 4
      else { return nil }
      agency = name
      rest = rest[..<open].trimmingCharacters(in: .whitespaces)[...]
    }
    let parts = rest.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    guard let place = parts.first, Self.isPlace(place) else { return nil }
    var next = 1
    while next < parts.count, next <= Self.placeParts, Self.isPlace(parts[next]) { next += 1 }
    let date = parts[next...].joined(separator: ", ")
    if date.isEmpty {
      // Without a date, the place stands in capitals or before a dash: `Apple (AAPL)` is a headline.
      let letters = place.unicodeScalars.filter { $0.properties.isAlphabetic }
      let capitals = letters.allSatisfy { $0.properties.isUppercase }
      guard agency != nil ? capitals || dashed : capitals && dashed else { return nil }
    } else {
      guard PlainTextHeader.isDateLine(date), let day = PublicationDateText.day(date) ?? PublicationDateText.dayWithoutYear(date)
      else { return nil }
      self.day = day
    }
  }

  /// Whether `part` can be a place's name: one to four words without digits, the first
  /// capitalised, the others capitalised or small joiners (`Stratford-upon-Avon`, `Rio de
  /// Janeiro`, `Calif.`, `D.C.`).
  static func isPlace(_ part: String) -> Bool {
    let words = part.split(separator: " ")
    guard (1...placeWords).contains(words.count) else { return false }
    for (position, word) in words.enumerated() {
      guard word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ".-'’".unicodeScalars.contains($0) }),
        let first = word.unicodeScalars.first
      else { return false }
      if !first.properties.isUppercase && (position == 0 || !joiners.contains(String(word))) { return false }
    }
    return true
  }
}
