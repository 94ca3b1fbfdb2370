/// A period set going by what a clause in the present or the present perfect tells: `has issued a
/// warning from noon on Wednesday`, `is valid until Sunday`, `have extended the ban until Friday`.
/// What is issued or in force now runs from or until a time ahead: a bare weekday there is the
/// coming one, though the issuing itself is told in the perfect.
extension SentenceTense {
  /// How many words before `from` the noun phrase of a period may open.
  static let periodNounReach = 5

  /// Whether the expression starting at token `start` is the start or end of a period that
  /// looks ahead: after `until` or `till`, or after `from` that follows a word of being in force
  /// (`valid from`) or closes a noun phrase opened one to five words before (`a warning from`,
  /// `the hosepipe ban from`, `a yellow warning for snow from`); not a figure's starting point
  /// (`up 3% from Monday`).
  static func opensPeriodAhead(_ start: Int, _ scanner: TimeScanner) -> Bool {
    let opener = start - 1
    guard opener >= 1 else { return false }
    if scanner.isAnyWord(opener, "until", "till") { return true }
    guard scanner.isWord(opener, "from") else { return false }
    if scanner.isAnyWord(opener - 1, "valid", "effective", "force") { return true }
    var word = opener - 1
    while word >= max(0, opener - Self.periodNounReach), scanner.isWordToken(word), !scanner.isCapitalized(word),
      !scanner.isAnyWord(word, "up", "down", "away", "back", "off", "out")
    {
      if scanner.isAnyWord(word, "a", "an", "the", "its", "their") { return word < opener - 1 }
      word -= 1
    }
    return false
  }

  /// Whether the tense marker at `index` is a perfect of the present: `has` or `have` itself
  /// (`has put out`), or a participle after one (`has issued`, `have already extended`, `'ve
  /// set`).
  static func isPerfect(_ index: Int, _ scanner: TimeScanner) -> Bool {
    if scanner.isAnyWord(index, "has", "have") { return true }
    guard let verb = auxiliary(before: index, scanner) else { return false }
    return scanner.isAnyWord(verb, "has", "have", "ve")
  }
}
