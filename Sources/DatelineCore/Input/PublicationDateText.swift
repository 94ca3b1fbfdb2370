/// Reads the day a page states it was published, from the forms pages use: ISO 8601
/// (`2016-08-09T17:25:00+01:00`), slashes (`2016/08/09`), written months (`August 9, 2016`,
/// `Tue, 09 Aug 2016 10:00:00 GMT`), and a `/2016/08/09/` path in an address.
enum PublicationDateText {
  private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
  private static let monthNames = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
  ]

  /// The day `text` names, as `YYYY-MM-DD`, or `nil`.
  static func day(_ text: String) -> String? {
    let bytes = Array(text.utf8.prefix(200))
    if let numeric = numericDay(bytes, at: firstNonSpace(bytes)) { return numeric }
    // After a label of letters alone: `Published: 2026-09-13`.
    if let digit = bytes.firstIndex(where: HTMLBytes.isDigit),
      bytes[..<digit].allSatisfy({ HTMLBytes.isSpace($0) || $0 == UInt8(ascii: ":") || $0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A }),
      let numeric = numericDay(bytes, at: digit)
    {
      return numeric
    }
    return writtenDay(text)
  }

  /// The day an address names in its path (`/2016/08/09/`), or `nil`.
  static func day(inURL url: String) -> String? {
    let bytes = Array(url.utf8)
    var index = 0
    while index + 11 <= bytes.count {
      if bytes[index] == UInt8(ascii: "/"), let day = numericDay(bytes, at: index + 1, separators: [UInt8(ascii: "/")]),
        index + 11 == bytes.count || bytes[index + 11] == UInt8(ascii: "/") || !HTMLBytes.isDigit(bytes[index + 11])
      {
        return day
      }
      index += 1
    }
    return nil
  }

  private static func firstNonSpace(_ bytes: [UInt8]) -> Int {
    bytes.firstIndex { !HTMLBytes.isSpace($0) } ?? bytes.count
  }

  /// `YYYY-MM-DD` (or with `/` or `.`) starting at `start`.
  private static func numericDay(_ bytes: [UInt8], at start: Int, separators: Set<UInt8> = [0x2D, 0x2F, 0x2E]) -> String? {
    guard start + 10 <= bytes.count else { return nil }
    let digits = [0, 1, 2, 3, 5, 6, 8, 9]
    guard digits.allSatisfy({ HTMLBytes.isDigit(bytes[start + $0]) }), separators.contains(bytes[start + 4]),
      bytes[start + 7] == bytes[start + 4]
    else { return nil }
    let text = String(decoding: bytes[start..<(start + 10)], as: UTF8.self)
    return valid(year: Int(text.prefix(4)), month: Int(text.dropFirst(5).prefix(2)), day: Int(text.suffix(2)))
  }

  /// A day written with its month's name, in either order, with the year after them.
  private static func writtenDay(_ text: String) -> String? {
    let words = String(text.prefix(200)).lowercased().split { !$0.isLetter && !$0.isNumber }
    for (position, word) in words.enumerated() {
      guard word.count >= 3, let month = months.firstIndex(of: String(word.prefix(3))) else { continue }
      let before = position > 0 ? Int(words[position - 1]) : nil
      let after = position + 1 < words.count ? Int(words[position + 1]) : nil
      let yearAfterDay = position + 2 < words.count ? Int(words[position + 2]) : nil
      let yearAfterMonth = after
      if let after, after <= 31, let yearAfterDay, yearAfterDay > 999 {
        return valid(year: yearAfterDay, month: month + 1, day: after)
      }
      if let before, before <= 31, let yearAfterMonth, yearAfterMonth > 999 {
        return valid(year: yearAfterMonth, month: month + 1, day: before)
      }
    }
    return nil
  }

  /// The day of the year `text` names with its month's name and no year (`May 14`, `14 May`), as
  /// `XXXX-MM-DD`, or `nil`: wire datelines and pages of the current year leave the year out.
  static func dayWithoutYear(_ text: String) -> String? {
    guard day(text) == nil else { return nil }
    let words = String(text.prefix(200)).lowercased().split { !$0.isLetter && !$0.isNumber }
    for (position, word) in words.enumerated() {
      guard word.count >= 3, let month = months.firstIndex(of: String(word.prefix(3))),
        monthNames[month].hasPrefix(word) || word == "sept"
      else { continue }
      let neighbours = [position + 1, position - 1].filter(words.indices.contains)
      for neighbour in neighbours {
        let number = words[neighbour].drop { !$0.isNumber }.prefix { $0.isNumber }
        guard words[neighbour].first?.isNumber == true, let day = Int(number), number.count <= 2,
          let valid = valid(year: 2000, month: month + 1, day: day)
        else { continue }
        return "XXXX" + valid.dropFirst(4)
      }
    }
    return nil
  }

  private static func valid(year: Int?, month: Int?, day: Int?) -> String? {
    guard let year, let month, let day, (1000...2999).contains(year), (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    func padded(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(year)-\(padded(month))-\(padded(day))"
  }
}
