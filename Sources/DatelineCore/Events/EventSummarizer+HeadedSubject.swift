extension EventSummarizer {
  /// The noun phrase that opens its sentence and ends with the name `subject` after a
  /// preposition, with the name's determiner (`Shares in Corvel Systems`, `The head of the Orvel
  /// Trust`): the clause is about its head noun, not the name. Nil when the name ends no such
  /// phrase (see `headPhrase(of:)`).
  func headedPhrase(of subject: Range<Int>) -> Range<Int>? {
    let before = subject.lowerBound - 1
    let named = before >= 0 && tagged.upos(before) == .det && tagged.sentenceOf[before] == tagged.sentenceOf[subject.lowerBound]
      ? before : subject.lowerBound
    let head = headPhrase(of: named..<subject.upperBound)
    return head.lowerBound < named ? head : nil
  }

  /// Whether `between`, the words from a subject to `clause`, a second predicate after `and` or
  /// `but` that starts with its verb, hold the first predicate's finite verb: the subject is
  /// brought in front of the second alone (`Moreno, 24, scored 27 goals last season | and signed
  /// a contract` → `Moreno signed a contract`).
  func followsOtherPredicate(_ between: Range<Int>, clause: Range<Int>) -> Bool {
    var verb = between.upperBound
    while tagged.upos(verb) == .adv { verb += 1 }
    // A clause with a subject of its own may open with a word read as a verb (`and paging alerts
    // were triggered`): only a finite verb opens a predicate.
    guard tagged.isWord(clause.lowerBound, "and") || tagged.isWord(clause.lowerBound, "but"), tagged.isFiniteVerb(verb)
    else { return false }
    return between.contains { tagged.isFiniteVerb($0) }
  }

  /// The possessive of the noun phrase `phrase` whose last token is `last`: `A man's`, and
  /// `Its critics'` after a plural in `-s`.
  func possessive(_ phrase: String, endingAt last: Int) -> String {
    tagged.upos(last) == .noun && tagged.isLowercaseWord(last) && tagged.isPluralNoun(last) && tagged.endsWith(last, "s")
      ? phrase + "'" : phrase + "'s"
  }
}
