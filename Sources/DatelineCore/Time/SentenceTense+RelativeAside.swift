/// A relative clause set off by commas after a noun (`The Rovers, who lost twice last week, face
/// Marston on Sunday`) tells of its noun in a tense of its own: the tense around a time outside it
/// is read past it, so its past does not make the main clause's schedule a past.
extension SentenceTense {
  /// How many tokens a relative clause set off by commas may hold.
  static let relativeAsideReach = 24

  /// The opening comma of the relative clause set off by commas whose closing comma is `comma`,
  /// within `sentence`; nil when `comma` closes none: the comma before it opens with `who` or
  /// `which` after a word.
  static func relativeAsideOpening(closingAt comma: Int, in sentence: Range<Int>, _ scanner: TimeScanner) -> Int? {
    guard scanner.isMark(comma, UInt8(ascii: ",")) else { return nil }
    var index = comma - 1
    while index > sentence.lowerBound, comma - index <= relativeAsideReach {
      if scanner.isMark(index, UInt8(ascii: ",")) {
        guard index + 1 < comma - 1, scanner.isAnyWord(index + 1, "who", "which"), scanner.isWordToken(index - 1),
          isInSubject(index, in: sentence, scanner)
        else {
          return nil
        }
        return index
      }
      index -= 1
    }
    return nil
  }

  /// The closing comma of the relative clause set off by commas that the comma at `comma` opens
  /// (`, who lost twice last week,`), within `sentence`; nil when it opens none or the clause
  /// runs on to the end of the sentence.
  static func relativeAsideClosing(openingAt comma: Int, in sentence: Range<Int>, _ scanner: TimeScanner) -> Int? {
    guard scanner.isMark(comma, UInt8(ascii: ",")), comma > sentence.lowerBound, scanner.isWordToken(comma - 1),
      scanner.isAnyWord(comma + 1, "who", "which"), isInSubject(comma, in: sentence, scanner)
    else { return nil }
    var index = comma + 2
    while index < sentence.upperBound, index - comma <= relativeAsideReach {
      if scanner.isMark(index, UInt8(ascii: ",")) { return index > comma + 2 ? index : nil }
      index += 1
    }
    return nil
  }

  /// How many tokens the subject before a relative clause set off in it may hold.
  static let subjectReach = 8

  /// Whether the comma at `comma` that opens a relative clause stands in the subject of the
  /// sentence's main clause: a few words open the sentence before it, none a pronoun or a word
  /// that marks a tense (`The Rovers, who …`; not `He succeeds James A. Taylor, who stepped down
  /// as chairman, president and …`, whose clause runs on past a comma of its own).
  private static func isInSubject(_ comma: Int, in sentence: Range<Int>, _ scanner: TimeScanner) -> Bool {
    guard comma - sentence.lowerBound <= subjectReach else { return false }
    return !(sentence.lowerBound..<comma).contains { index in
      marker(index, scanner) != nil || scanner.isAnyWord(index, "he", "she", "it", "they", "we", "i", "you")
    }
  }

  /// The last word of the subject before a phrase set off by commas that the comma at `comma`
  /// closes: a relative clause (`, which makes frozen meals,`), an apposition that a determiner
  /// opens (`, a food maker,`, `, the country’s largest bank,`) or an age (`, 45,`), of words
  /// and the marks inside them, within `relativeAsideReach` tokens. Nil when the comma closes no such phrase.
  static func subjectBeforeSetOff(closingAt comma: Int, _ scanner: TimeScanner) -> Int? {
    guard scanner.isMark(comma, UInt8(ascii: ",")) else { return nil }
    var index = comma - 1
    while index > 0, comma - index <= relativeAsideReach {
      if scanner.isMark(index, UInt8(ascii: ",")) {
        let first = index + 1
        let opens =
          scanner.isAnyWord(first, "who", "which") || isDeterminer(first, scanner)
          || scanner.tokens[first].kind == .number && first + 1 == comma
        return opens && first < comma && scanner.isWordToken(index - 1) ? index - 1 : nil
      }
      // A mark inside a word (`45-year-old`, `country’s`) is no boundary.
      guard scanner.tokens[index].kind != .punctuation || scanner.isAttached(index) && !scanner.isMark(index, UInt8(ascii: "."))
      else { return nil }
      index -= 1
    }
    return nil
  }
}
