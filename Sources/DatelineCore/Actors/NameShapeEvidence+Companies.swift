/// The cues of an institution in a name's shape: a company's legal form closing it, from any
/// country (`Havbrekk ASA`, `Brunnhof GmbH`, `Talvena Oyj`), and an article of another language
/// opening it (`Le Figaro`, `Die Welt`), which news writes before the names of newspapers and
/// broadcasters, and a person's surname only when the document also names the person in full.
extension NameShapeEvidence {
  /// Whether the last word of `range`, of two words or more, is a company's legal form written
  /// as such: in capitals (`AS`, `NV`), with a capital inside (`GmbH`, `SpA`), or in the title case
  /// some forms take (`Oyj`, `Ltda`); not a common word in title case (`Spa`, `As`).
  func isLegalFormName(_ range: Range<Int>) -> Bool {
    let last = range.upperBound - 1
    guard range.count >= 2, tagged.isCapitalizedWord(last), Self.legalForms.contains(last, in: tagged) else {
      return false
    }
    // Capitals after a surname in a list of authors are initials: `Trewick SA, Morgan-Richards M`.
    if tagged.tokens[last].flags.contains(.allUpper) {
      return !isInitialsOfAuthor(range.lowerBound, after: range.upperBound)
    }
    return hasInnerCapital(last) || Self.titleCaseLegalForms.contains(last, in: tagged)
  }

  /// Whether `range` opens with an article of another language before a capitalized word, and no
  /// longer name of the document ends with it (`Marine Le Pen` makes `Le Pen` hers).
  func isForeignArticleName(_ range: Range<Int>) -> Bool {
    let first = range.lowerBound
    guard range.count >= 2, tagged.isCapitalizedWord(first), tagged.isCapitalizedWord(first + 1),
      Self.foreignArticles.contains(first, in: tagged), tagged.place(range) == nil
    else { return false }
    return !candidatesEnding(with: range)
  }

  /// Whether another author in a reference's list comes next to the name, a capitalized name and
  /// capitals after a comma: `Trewick SA, Morgan-Richards M.`; or before it.
  private func isInitialsOfAuthor(_ start: Int, after: Int) -> Bool {
    func isInitials(_ index: Int) -> Bool {
      let token = tagged.tokens[index]
      return token.kind == .word && token.length <= 3 && (token.flags.contains(.allUpper) || token.length == 1 && token.isCapitalized)
    }
    if tagged.has(after, .comma), after + 2 < tagged.tokens.count, tagged.isCapitalizedWord(after + 1) {
      var index = after + 1
      while index < min(tagged.tokens.count - 1, after + 5), !isInitials(index), tagged.isCapitalizedWord(index) || tagged.has(index, .hyphen) {
        index += 1
      }
      if tagged.isCapitalizedWord(index), isInitials(index) { return true }
    }
    return start >= 2 && tagged.has(start - 1, .comma) && tagged.isCapitalizedWord(start - 2) && isInitials(start - 2)
  }

  /// Whether the name over `range` speaks or publishes (`Le Figaro reported`), is spoken to or
  /// written in (`told Die Presse`, `in El Correo`) or is the author (`a report by Le Soir`): a
  /// newspaper's cues, where a name with an article of another language may also be a battle's
  /// place or a work's title (`a book called Le Monde Primitif`, where the verb names a noun).
  func isPublisher(_ range: Range<Int>, after: Int) -> Bool {
    let before = range.lowerBound - 1
    return tagged.has(after, .speechVerb) || Self.publishingVerbs.contains(after, in: tagged)
      || tagged.has(before, .speechVerb) && !(tagged.isLowercaseWord(before - 1) && tagged.upos(before - 1) == .noun)
      || tagged.isWord(before, "by")
      || tagged.isWord(before, "in") && tagged.isLowercaseWord(before - 1) && Self.publishingVerbs.contains(before - 1, in: tagged)
  }

  /// Verbs of what a newspaper does: `Le Soir published`, `appeared in El Correo`.
  private static let publishingVerbs = WordList([
    "published", "publishes", "reported", "reports", "revealed", "printed", "appeared", "wrote", "writes",
  ])

  /// Whether a byte after the first of word `index` is an ASCII capital: `GmbH`, `SpA`.
  private func hasInnerCapital(_ index: Int) -> Bool {
    let token = tagged.tokens[index]
    let text = tagged.analysis.text
    return (Int(token.start) + 1..<Int(token.end)).contains { text[$0] >= 0x41 && text[$0] <= 0x5A }
  }

  /// Legal forms of companies across countries, lower-cased.
  private static let legalForms = WordList([
    "asa", "as", "ab", "ag", "gmbh", "sa", "se", "nv", "bv", "oyj", "oy", "spa", "srl", "sarl", "sas", "kk", "pty",
    "ltda", "bhd", "tbk", "pte", "kgaa", "aps", "plc", "llp",
  ])

  /// Legal forms written in title case: `Oyj`, `Ltda`, `Bhd`.
  private static let titleCaseLegalForms = WordList(["oyj", "oy", "ltda", "bhd", "tbk", "pty", "pte", "srl", "sarl"])

  /// Articles of French, Spanish, Italian, German and Dutch that open names.
  static let foreignArticles = WordList([
    "le", "la", "les", "el", "los", "las", "il", "lo", "die", "der", "das", "het",
  ])
}
