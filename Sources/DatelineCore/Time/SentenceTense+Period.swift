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

  /// Whether the expression starting at token `start` names, after `for`, the time a verb's
  /// object is planned for (`called a strike for Friday`, `set the vote for March 5`, `has
  /// scheduled talks for Monday`): a purpose ahead of the calling, whatever its tense, so a bare
  /// day there is the coming one. The object is a noun phrase of one to five lowercase words
  /// after a verb, with or without a determiner; not a phrase after a preposition (`stayed at the
  /// hotel for Christmas`).
  static func namesPlannedTime(_ start: Int, _ scanner: TimeScanner) -> Bool {
    let opener = start - 1
    guard opener >= 2, scanner.isWord(opener, "for") else { return false }
    var word = opener - 1
    while word > 0, word >= opener - Self.periodNounReach, scanner.isWordToken(word), !scanner.isCapitalized(word) {
      // A passive has no object before `for` (`The vote had been set for Thursday`).
      if scanner.isAnyWord(word, "be", "been", "being", "is", "are", "was", "were") { return false }
      if scanner.isAnyWord(word, "a", "an", "the", "its", "their", "his", "her", "our") {
        return word < opener - 1 && isVerbBeforeObject(word - 1, scanner)
      }
      if word < opener - 1, isVerbBeforeObject(word, scanner) { return true }
      word -= 1
    }
    return false
  }

  /// Whether the word at `index` is a finite verb that may take an object: a lowercase word the
  /// lexicon marks with a tense, or one in `-ed`, or `set` or `put`.
  private static func isVerbBeforeObject(_ index: Int, _ scanner: TimeScanner) -> Bool {
    guard scanner.isWordToken(index), !scanner.isCapitalized(index) else { return false }
    let tense = scanner.entries[index].tense
    if tense != TimeWordEntry.noTense { return Int(tense) != ignored && !scanner.isAnyWord(index, "to", "will", "would") }
    let token = scanner.tokens[index]
    return token.length >= 4 && endsInED(token, scanner) || scanner.isAnyWord(index, "set", "put", "sets", "puts")
  }
}
