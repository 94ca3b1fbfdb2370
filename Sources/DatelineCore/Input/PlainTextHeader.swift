import Foundation

/// The header a plain-text news article opens with, as copied from a page or a wire: a headline
/// line, then perhaps a byline (`By Jane Doe`, perhaps with the writer's role on the line under
/// it), a line that is only a date (`June 8, 2010`, `Published 4 March 2021`) and a dateline on a
/// line of its own (`LONDON, Feb 12, 2026`, `ROTTERDAM (Reuters) -`: `PlaceDateLine`), before the
/// body; and a wire dateline opening the body (`LONDON, March 4, 2021 (Reuters) - …`). None of
/// them names an actor or event of the story.
struct PlainTextHeader {
  /// The headline.
  var title: String?
  /// The byline, without its `By`.
  var byline: String?
  /// The publication day (`YYYY-MM-DD`) from a date line or the dateline; `XXXX-MM-DD` when it
  /// names no year (`LONDON, May 14 (Reuters) -`, `Published 14 May`).
  var published: String?
  /// The agency a dateline names (`Reuters`).
  var source: String?
  /// Where the body starts: after the headline, byline, date lines and datelines.
  var bodyStart = 0

  /// The longest line read as a headline, byline or date line, in bytes.
  private static let longestLine = 160
  /// The most words a date line has (`Thursday 4 March 2021 10.05 GMT`).
  private static let dateLineWords = 8

  /// The header of `text`; an empty one (body from the start) when the text opens with a sentence.
  static func read(_ text: [UInt8]) -> PlainTextHeader {
    var header = PlainTextHeader()
    var lines = Lines(text: text, start: 0)
    guard var line = lines.nextNonEmpty() else { return header }
    // A headline of one word (`Obituary`, `Strike`) is told from a sentence's first word only by
    // what follows it: a date line, a byline or a dateline, not a blank line alone; so is one of
    // more words set right above such a line (`Hallmark to shut 40 stores` / `LONDON, Feb 12, 2026`).
    if let next = lines.peekNonEmpty(),
      isHeadline(line.text, words: 2) && lines.opensWithBlankLine
        || isHeadline(line.text, words: 1) && opensHeader(next.text)
    {
      header.title = line.text
      header.bodyStart = line.end
      guard let following = lines.nextNonEmpty() else { return header }
      line = following
    }
    var placed = false
    for _ in 0..<3 {
      if header.byline == nil, let byline = byline(line.text) {
        header.byline = byline
        if let role = lines.peekNonEmpty(), isBylineRole(role.text) { line = lines.nextNonEmpty() ?? role }
      } else if header.published == nil, isDateLine(line.text),
        let day = PublicationDateText.day(line.text) ?? PublicationDateText.dayWithoutYear(line.text)
      {
        header.published = day
      } else if !placed, let dateline = PlaceDateLine(line.text) {
        // A dateline on a line of its own (`LONDON, Feb 12, 2026`, `ROTTERDAM (Reuters) -`).
        placed = true
        if header.published == nil { header.published = dateline.day }
        header.source = dateline.agency ?? header.source
      } else {
        break
      }
      header.bodyStart = line.end
      guard let following = lines.nextNonEmpty() else { return header }
      line = following
    }
    if let dateline = WireDateline(line.text) {
      if header.published == nil { header.published = dateline.day ?? dateline.dayWithoutYear }
      header.source = dateline.agency ?? header.source
      header.bodyStart = line.start + dateline.length
    } else if header.published == nil, let (day, length) = runInDateLine(line.text) {
      header.published = day
      header.bodyStart = line.start + length
    }
    return header
  }

  /// A date line whose line break was lost, run into the body's first sentence (`Thursday, May 7,
  /// 2015 On Tuesday, the government …`): the longest opening of the line that is a date line
  /// opening with a weekday, a month or a number (not `On Nov. 7, 2021 X arrived`, a sentence)
  /// and ending with its year, before a capitalised word (no sentence runs on after a year that
  /// way); its day and its length in bytes with the space after it.
  private static func runInDateLine(_ line: String) -> (day: String, length: Int)? {
    let opening = line.prefix { $0.isLetter }.lowercased()
    guard opening.isEmpty ? line.first?.isNumber == true : months.contains(String(opening.prefix(3))) || weekdays.contains(opening)
    else { return nil }
    let bytes = Array(line.utf8.prefix(longestLine))
    var spaces: [Int] = []
    for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: " ") {
      spaces.append(index)
      if spaces.count > dateLineWords { break }
    }
    for space in spaces.reversed() {
      let head = String(decoding: bytes[..<space], as: UTF8.self)
      guard space + 1 < bytes.count, bytes[space + 1] >= UInt8(ascii: "A"), bytes[space + 1] <= UInt8(ascii: "Z"),
        space >= 4, bytes[(space - 4)..<space].allSatisfy(HTMLBytes.isDigit), space == 4 || !HTMLBytes.isDigit(bytes[space - 5]),
        isDateLine(head), let day = PublicationDateText.day(head)
      else { continue }
      return (day, space + 1)
    }
    return nil
  }

  /// Whether `line` can follow a headline in a header: a date line, a byline or a dateline, on
  /// its own or opening the body. A headline of one word (`Obituary`, `Strike`) is told from a
  /// sentence's first word only by such a line after it.
  private static func opensHeader(_ line: String) -> Bool {
    isDateLine(line) || byline(line) != nil || WireDateline(line) != nil || PlaceDateLine(line) != nil
  }

  /// A short line of at least `words` words that ends without a sentence's closing mark, and is
  /// no byline, date line or dateline.
  private static func isHeadline(_ line: String, words: Int) -> Bool {
    guard line.utf8.count <= longestLine, line.split(separator: " ").count >= words, byline(line) == nil,
      !isDateLine(line), PlaceDateLine(line) == nil, let last = line.unicodeScalars.last
    else { return false }
    return !".!?:;,\"”’)".unicodeScalars.contains(last)
  }

  /// The most words the line under a byline that tells the writer's role has (`Business
  /// reporter`, `Political correspondent, BBC News`).
  private static let roleWords = 6

  /// A short line without digits or a sentence's closing mark: the writer's role or desk under
  /// a byline.
  private static func isBylineRole(_ line: String) -> Bool {
    guard line.utf8.count <= 60, line.split(separator: " ").count <= roleWords,
      !line.unicodeScalars.contains(where: { $0.properties.numericType != nil }), let last = line.unicodeScalars.last
    else { return false }
    return !".!?:;\"”’)".unicodeScalars.contains(last)
  }

  /// A short line that names a day: nothing but a date, perhaps with a weekday, a time and a word
  /// such as `Published`.
  static func isDateLine(_ line: String) -> Bool {
    guard line.utf8.count <= 60, line.split(separator: " ").count <= dateLineWords,
      PublicationDateText.day(line) != nil || PublicationDateText.dayWithoutYear(line) != nil
    else { return false }
    let words = line.lowercased().split { !$0.isLetter }
    return words.allSatisfy { word in
      dateWords.contains(String(word)) || months.contains(String(word.prefix(3))) && word.count <= 9
    }
  }

  /// The words a date line may hold besides numbers and month names.
  private static let dateWords: Set<String> = weekdays.union([
    "published", "updated", "posted", "last", "on", "at", "am", "pm", "a", "p", "m", "gmt", "utc", "bst", "cet",
    "est", "edt", "pst", "pdt", "st", "nd", "rd", "th",
  ])
  private static let months: Set<String> = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
  /// The weekdays' names, in full and short.
  private static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
  ]

  /// The name in a byline (`By Jane Doe and Sam Roe`).
  private static func byline(_ line: String) -> String? {
    guard line.hasPrefix("By "), line.utf8.count <= 80 else { return nil }
    let name = line.dropFirst(3).trimmingCharacters(in: .whitespaces)
    guard let first = name.unicodeScalars.first, first.properties.isUppercase else { return nil }
    return name
  }
}

/// The lines of a text, one after the other, with where each ends.
private struct Lines {
  let text: [UInt8]
  var start: Int

  /// How much of a line is read: more than any header line, so that a longer line fails every
  /// length test, and a line of megabytes is not copied.
  private static let readBytes = 256

  /// The next line with something on it (its first `readBytes` bytes), trimmed, where its words
  /// start, and the offset just past it.
  mutating func nextNonEmpty() -> (text: String, start: Int, end: Int)? {
    while start < text.count {
      let end = text[start...].firstIndex(of: 0x0A) ?? text.count
      var first = start
      while first < end, text[first] == UInt8(ascii: " ") || text[first] == UInt8(ascii: "\t") { first += 1 }
      let read = text[first..<min(end, first + Self.readBytes)]
      let line = String(decoding: read, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      start = min(end + 1, text.count)
      if !line.isEmpty { return (line, first, start) }
    }
    return nil
  }

  /// Whether the next line is blank: a paragraph ends before it.
  var opensWithBlankLine: Bool {
    var index = start
    while index < text.count, text[index] == UInt8(ascii: " ") || text[index] == UInt8(ascii: "\t")
      || text[index] == UInt8(ascii: "\r")
    {
      index += 1
    }
    return index < text.count && text[index] == 0x0A
  }

  /// The next line with something on it, without moving on.
  func peekNonEmpty() -> (text: String, start: Int, end: Int)? {
    var copy = self
    return copy.nextNonEmpty()
  }
}
