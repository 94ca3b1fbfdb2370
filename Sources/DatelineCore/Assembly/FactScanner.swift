/// Reads the facts of one telling of an event that another article may give differently: how
/// many of something (`seven guards`, `2 killed`), the time of day (`2:30 a.m.`, `3 a.m.`), and
/// the place after a noun (`the prison in Kestor`).
enum FactScanner {
  /// One fact of a telling.
  struct Fact: Equatable {
    /// What kind of fact.
    var aspect: Disagreement.Aspect
    /// The words it is about, lower-cased and singular: `guard`; `time` for a time of day.
    var subjects: [String]
    /// The value, written one way: `7`, `02:30`, `kestor`.
    var value: String
    /// The words that give it, in the document.
    var range: Range<Int>
  }

  /// How many words after a number may say what it counts.
  private static let subjectReach = 3

  /// The facts in `range` of `text`, in order.
  static func facts(in text: [UInt8], range: Range<Int>) -> [Fact] {
    let words = FactWords(text, range: range)
    var facts: [Fact] = []
    var index = 0
    while index < words.pieces.count {
      if let (fact, next) = clock(words, at: index) ?? count(words, at: index) ?? place(words, at: index) {
        facts.append(fact)
        index = next
      } else {
        index += 1
      }
    }
    return facts
  }

  /// A time of day at `index`: `2:30 a.m.`, `3 pm`, `14:30`, `noon`, `midnight`.
  private static func clock(_ words: FactWords, at index: Int) -> (Fact, Int)? {
    let piece = words.pieces[index]
    if piece.kind == .word {
      if words.isWord(at: index, "noon") { return (time(720, piece.range), index + 1) }
      if words.isWord(at: index, "midnight") { return (time(0, piece.range), index + 1) }
    }
    guard piece.kind == .number else { return nil }
    let parts = words.lower(piece).split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count <= 2, let hour = Int(parts[0]), parts.count == 1 || parts[1].count == 2,
      let minute = parts.count == 2 ? Int(parts[1]) : 0, minute < 60
    else { return nil }
    if let (isAfternoon, end) = meridiem(words, at: index + 1), hour >= 1, hour <= 12 {
      let hours = hour % 12 + (isAfternoon ? 12 : 0)
      return (time(hours * 60 + minute, piece.range.lowerBound..<words.pieces[end - 1].range.upperBound), end)
    }
    if parts.count == 2, hour < 24 { return (time(hour * 60 + minute, piece.range), index + 1) }
    return nil
  }

  /// `a.m.`, `am`, `p.m.` or `pm` at `index`: whether it is after noon, and the index after it.
  private static func meridiem(_ words: FactWords, at index: Int) -> (Bool, Int)? {
    let count = words.pieces.count
    guard index < count, words.pieces[index].kind == .word else { return nil }
    if words.isWord(at: index, "am") { return (false, index + 1) }
    if words.isWord(at: index, "pm") { return (true, index + 1) }
    let isAfternoon = words.isWord(at: index, "p")
    guard isAfternoon || words.isWord(at: index, "a"), index + 2 < count, words.isWord(at: index + 1, "."),
      words.isWord(at: index + 2, "m")
    else { return nil }
    let end = index + 3 < count && words.isWord(at: index + 3, ".") ? index + 4 : index + 3
    return (isAfternoon, end)
  }

  private static func time(_ minutes: Int, _ range: Range<Int>) -> Fact {
    let hours = minutes / 60
    let rest = minutes % 60
    let value = (hours < 10 ? "0" : "") + String(hours) + ":" + (rest < 10 ? "0" : "") + String(rest)
    return Fact(aspect: .timeOfDay, subjects: ["time"], value: value, range: range)
  }

  /// A number and what it counts at `index`: `seven guards`, `2 killed`, `1,200 people`; not a
  /// year, a day of a month, an amount of money (`$87`, `31 cents`, `87 million`), a number
  /// after `#`, or a number that counts nothing named.
  private static func count(_ words: FactWords, at index: Int) -> (Fact, Int)? {
    guard let (value, afterNumber) = FactNumbers.cardinal(words, at: index) else { return nil }
    let pieces = words.pieces
    let before = index > 1 && words.isWord(at: index - 1, ".") ? index - 2 : index - 1
    if before >= 0, FactNumbers.isCalendarWord(words.lower(at: before)) { return nil }
    if index > 0, isCurrencyOrNumberSign(words, at: index - 1) { return nil }
    // A number piece is ASCII digits and marks: its bytes are its characters.
    if pieces[index].kind == .number, pieces[index].range.count == 4, (1800...2100).contains(value) { return nil }
    var subjects: [String] = []
    var end = afterNumber
    while end < pieces.count, end - afterNumber < subjectReach, pieces[end].kind == .word, !pieces[end].isCapitalized {
      let word = words.lower(at: end)
      guard !FactNumbers.isFunctionWord(word) else { break }
      subjects.append(singular(word))
      end += 1
    }
    guard !subjects.isEmpty, !subjects.contains(where: FactNumbers.isCalendarWord),
      !subjects.contains(where: FactNumbers.isMoneyWord)
    else { return nil }
    let range = pieces[index].range.lowerBound..<pieces[end - 1].range.upperBound
    return (Fact(aspect: .count, subjects: subjects, value: String(value), range: range), end)
  }

  /// Whether the piece at `index` is `$`, `£`, `€`, `¥` or `#`.
  private static func isCurrencyOrNumberSign(_ words: FactWords, at index: Int) -> Bool {
    words.isWord(at: index, "$") || words.isWord(at: index, "£") || words.isWord(at: index, "€")
      || words.isWord(at: index, "¥") || words.isWord(at: index, "#")
  }

  /// A noun followed by `in`, `at` or `near` and a name: `the prison in Kestor`. The noun must
  /// follow an article, alone or with a name between (`the Halvik prison`), so that `wounded in
  /// Kestor` and `Rahimi resigned in Lisbon` are not read as one.
  private static func place(_ words: FactWords, at index: Int) -> (Fact, Int)? {
    let pieces = words.pieces
    guard index >= 1, index + 2 < pieces.count else { return nil }
    let noun = pieces[index]
    let isArticle = { (index: Int) in
      words.isWord(at: index, "the") || words.isWord(at: index, "a") || words.isWord(at: index, "an")
    }
    let before = pieces[index - 1]
    let preposition = index + 1
    guard words.isWord(at: preposition, "in") || words.isWord(at: preposition, "at") || words.isWord(at: preposition, "near"),
      noun.kind == .word, !noun.isCapitalized, isArticle(index - 1) || (before.isCapitalized && index >= 2 && isArticle(index - 2))
    else { return nil }
    let nounText = words.lower(noun)
    guard !FactNumbers.isFunctionWord(nounText) else { return nil }
    var end = index + 2
    var name: [String] = []
    while end < pieces.count, pieces[end].kind == .word, pieces[end].isCapitalized {
      name.append(words.lower(at: end))
      end += 1
    }
    guard !name.isEmpty, !name.contains(where: FactNumbers.isCalendarWord) else { return nil }
    let range = noun.range.lowerBound..<pieces[end - 1].range.upperBound
    return (Fact(aspect: .place, subjects: [singular(nounText)], value: name.joined(separator: " "), range: range), end)
  }

  /// A plural noun without its `s` (`guards` → `guard`); other words unchanged.
  static func singular(_ word: String) -> String {
    guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is")
    else { return word }
    return String(word.dropLast())
  }
}
