/// Numbers in digits or words (`7`, `1,200`, `seven`, `twenty-four`, `two hundred`) and the
/// small word lists the fact scanner needs.
enum FactNumbers {
  private static let units: [String: Int] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
  ]
  private static let scales: [String: Int] = ["hundred": 100, "thousand": 1000, "million": 1_000_000]
  /// The first letters of the numbers in words: most words are not looked up.
  private static func isNumberInitial(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "o"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "s"), UInt8(ascii: "e"),
      UInt8(ascii: "n"), UInt8(ascii: "d"):
      true
    default: false
    }
  }
  /// The bytes of the longest number in words read: `seventy-seven`.
  private static let longestNumberWord = 13

  /// Months, days of the week and units of time: a number next to one is a date or a span of
  /// time, not a count of something that happened.
  private static let calendarWords: Set<String> = [
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
    "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "year", "month", "week",
    "day", "hour", "minute", "o'clock", "gmt", "utc",
  ]

  /// Words that end what a number counts: `seven guards were …`, `six of them`.
  private static let functionWords: Set<String> = [
    "a", "an", "the", "of", "in", "on", "at", "to", "by", "for", "with", "from", "as", "and", "or", "but", "were",
    "was", "are", "is", "be", "been", "have", "has", "had", "who", "that", "which", "when", "after", "before",
    "while", "into", "than", "more", "less", "said", "says", "say", "told", "according", "other", "others",
    "another", "them", "they", "their", "it", "its", "this", "these", "those", "there", "what", "whom", "whose",
    "will", "would", "could", "should", "can", "might", "must",
  ]

  /// Words that make a number an amount of money or a unit of trading (`31 cents`, `87 million`,
  /// `588,300 shares`): amounts of different things, too often, to set side by side.
  private static let moneyWords: Set<String> = [
    "million", "billion", "trillion", "cent", "dollar", "euro", "pound", "yen", "yuan", "share", "point", "bond",
  ]

  /// A cardinal number at `index` of `words`, whole and not negative, and the index after it.
  static func cardinal(_ words: FactWords, at index: Int) -> (value: Int, end: Int)? {
    let piece = words.pieces[index]
    if piece.kind == .number {
      guard !words.piece(at: index, contains: UInt8(ascii: ":")), !words.piece(at: index, contains: UInt8(ascii: ".")),
        let value = Int(words.lower(piece).filter { $0 != "," })
      else { return nil }
      return (value, index + 1)
    }
    guard piece.kind == .word, piece.range.count <= longestNumberWord, isNumberInitial(words.firstByte(at: index)),
      let first = self.words(words.lower(piece))
    else { return nil }
    var total = first
    var end = index + 1
    while end < words.pieces.count, let scale = scales[words.lower(at: end)] {
      total *= scale
      end += 1
    }
    return (total, end)
  }

  /// The value of one number word or a hyphened pair (`twenty-four`).
  private static func words(_ word: String) -> Int? {
    if let value = units[word] { return value }
    guard word.utf8.contains(UInt8(ascii: "-")) else { return nil }
    let parts = word.split(separator: "-")
    guard parts.count == 2, let tens = units[String(parts[0])], tens >= 20, tens % 10 == 0,
      let unit = units[String(parts[1])], unit < 10
    else { return nil }
    return tens + unit
  }

  /// Whether a word is a number in words: `seven`, `twenty-four`, `hundred`.
  static func isNumberWord(_ word: String) -> Bool {
    words(word) != nil || scales[word] != nil
  }

  /// Whether a word is a month, a day of the week or a unit of time or measure.
  static func isCalendarWord(_ word: String) -> Bool {
    calendarWords.contains(word)
  }

  /// Whether a word (singular) makes a number an amount of money or shares.
  static func isMoneyWord(_ word: String) -> Bool {
    moneyWords.contains(word)
  }

  /// Whether a word ends the words a number counts.
  static func isFunctionWord(_ word: String) -> Bool {
    functionWords.contains(word)
  }
}
