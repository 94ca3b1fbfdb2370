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
    let pieces = FactWords(text, range: range).pieces
    var facts: [Fact] = []
    var index = 0
    while index < pieces.count {
      if let (fact, next) = clock(pieces, at: index) ?? count(pieces, at: index) ?? place(pieces, at: index) {
        facts.append(fact)
        index = next
      } else {
        index += 1
      }
    }
    return facts
  }

  /// A time of day at `index`: `2:30 a.m.`, `3 pm`, `14:30`, `noon`, `midnight`.
  private static func clock(_ pieces: [FactWords.Piece], at index: Int) -> (Fact, Int)? {
    let piece = pieces[index]
    if piece.kind == .word, piece.lower == "noon" || piece.lower == "midnight" {
      return (time(piece.lower == "noon" ? 720 : 0, pieces[index].range), index + 1)
    }
    guard piece.kind == .number else { return nil }
    let parts = piece.lower.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count <= 2, let hour = Int(parts[0]), parts.count == 1 || parts[1].count == 2,
      let minute = parts.count == 2 ? Int(parts[1]) : 0, minute < 60
    else { return nil }
    if let (isAfternoon, end) = meridiem(pieces, at: index + 1), hour >= 1, hour <= 12 {
      let hours = hour % 12 + (isAfternoon ? 12 : 0)
      return (time(hours * 60 + minute, piece.range.lowerBound..<pieces[end - 1].range.upperBound), end)
    }
    if parts.count == 2, hour < 24 { return (time(hour * 60 + minute, piece.range), index + 1) }
    return nil
  }

  /// `a.m.`, `am`, `p.m.` or `pm` at `index`: whether it is after noon, and the index after it.
  private static func meridiem(_ pieces: [FactWords.Piece], at index: Int) -> (Bool, Int)? {
    guard index < pieces.count, pieces[index].kind == .word else { return nil }
    let word = pieces[index].lower
    if word == "am" || word == "pm" { return (word == "pm", index + 1) }
    guard word == "a" || word == "p", index + 2 < pieces.count, pieces[index + 1].lower == ".",
      pieces[index + 2].lower == "m"
    else { return nil }
    let end = index + 3 < pieces.count && pieces[index + 3].lower == "." ? index + 4 : index + 3
    return (word == "p", end)
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
  private static func count(_ pieces: [FactWords.Piece], at index: Int) -> (Fact, Int)? {
    guard let (value, afterNumber) = FactNumbers.cardinal(pieces, at: index) else { return nil }
    let before = index > 1 && pieces[index - 1].lower == "." ? index - 2 : index - 1
    if before >= 0, FactNumbers.isCalendarWord(pieces[before].lower) { return nil }
    if index > 0, ["$", "£", "€", "¥", "#"].contains(pieces[index - 1].lower) { return nil }
    if pieces[index].kind == .number, pieces[index].lower.count == 4, (1800...2100).contains(value) { return nil }
    var subjects: [String] = []
    var end = afterNumber
    while end < pieces.count, end - afterNumber < subjectReach, pieces[end].kind == .word, !pieces[end].isCapitalized,
      !FactNumbers.isFunctionWord(pieces[end].lower)
    {
      subjects.append(singular(pieces[end].lower))
      end += 1
    }
    guard !subjects.isEmpty, !subjects.contains(where: FactNumbers.isCalendarWord),
      !subjects.contains(where: FactNumbers.isMoneyWord)
    else { return nil }
    let range = pieces[index].range.lowerBound..<pieces[end - 1].range.upperBound
    return (Fact(aspect: .count, subjects: subjects, value: String(value), range: range), end)
  }

  /// A noun followed by `in`, `at` or `near` and a name: `the prison in Kestor`. The noun must
  /// follow an article, alone or with a name between (`the Halvik prison`), so that `wounded in
  /// Kestor` and `Rahimi resigned in Lisbon` are not read as one.
  private static func place(_ pieces: [FactWords.Piece], at index: Int) -> (Fact, Int)? {
    guard index >= 1, index + 2 < pieces.count else { return nil }
    let noun = pieces[index]
    let isArticle = { (piece: FactWords.Piece) in piece.lower == "the" || piece.lower == "a" || piece.lower == "an" }
    let before = pieces[index - 1]
    let preposition = pieces[index + 1].lower
    guard preposition == "in" || preposition == "at" || preposition == "near", noun.kind == .word,
      !noun.isCapitalized, isArticle(before) || (before.isCapitalized && index >= 2 && isArticle(pieces[index - 2])),
      !FactNumbers.isFunctionWord(noun.lower)
    else { return nil }
    var end = index + 2
    var name: [String] = []
    while end < pieces.count, pieces[end].kind == .word, pieces[end].isCapitalized {
      name.append(pieces[end].lower)
      end += 1
    }
    guard !name.isEmpty, !name.contains(where: FactNumbers.isCalendarWord) else { return nil }
    let range = noun.range.lowerBound..<pieces[end - 1].range.upperBound
    return (Fact(aspect: .place, subjects: [singular(noun.lower)], value: name.joined(separator: " "), range: range), end)
  }

  /// A plural noun without its `s` (`guards` → `guard`); other words unchanged.
  static func singular(_ word: String) -> String {
    guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is")
    else { return word }
    return String(word.dropLast())
  }
}
