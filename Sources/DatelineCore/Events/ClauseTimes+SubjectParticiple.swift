extension ClauseTimes {
  /// Whether the expression starting at `index`, ending before `end`, stands in a participle
  /// phrase after the noun phrase that opens `range`, right before the clause's own verb (`A law
  /// passed by parliament last year comes into effect in July`, `The bridge built in 1990
  /// collapsed`): it tells when the thing the noun names came about, not when the clause
  /// happened, when the clause has a time of its own after its verb (`A poll released on Friday
  /// showed…` is of Friday: the showing is the release). A past verb after a noun, or a past form
  /// read as a noun (`The record set in 2014 was broken on Sunday`), is a participle only when a
  /// verb of the clause follows the phrase with no subject of its own (`said in May it would` is
  /// the clause's verb). A clause told with `will` is never of the participle's time.
  func isInSubjectParticiple(startingAt index: Int, end: Int, in range: Range<Int>) -> Bool {
    var participle = index - 1
    while participle > range.lowerBound,
      tagged.upos(participle) == .adp || tagged.upos(participle).isNounPhraseWord || isPossessivePart(participle)
    {
      participle -= 1
    }
    guard participle > range.lowerBound, isParticiple(participle),
      tagged.has(participle, .pastVerb) || tagged.endsWith(participle, "ed") || tagged.endsWith(participle, "en"),
      tagged.upos(participle - 1) == .noun || tagged.upos(participle - 1) == .propn
    else { return false }
    var opening = participle - 1
    while opening >= range.lowerBound, tagged.upos(opening).isNounPhraseWord || tagged.has(opening, .hyphen) {
      opening -= 1
    }
    guard opening < range.lowerBound else { return false }
    var verb = end
    while verb < range.upperBound, tagged.upos(verb) == .adv || tagged.has(verb, .negation) { verb += 1 }
    guard verb < range.upperBound, tagged.isFiniteVerb(verb) else { return false }
    // A clause told ahead is of no time the participle tells of what came before (`The crew
    // picked in May will keep training`).
    if tagged.isWord(verb, "will") || tagged.isWord(verb, "shall") { return true }
    return (verb..<range.upperBound).contains { tagged.timeOf[$0] >= 0 }
  }

  /// Whether the token at `index` is a part of a possessive `'s` (`by the island's council`).
  private func isPossessivePart(_ index: Int) -> Bool {
    tagged.upos(index) == .part && !tagged.isWord(index, "to") && !tagged.has(index, .negation)
  }

  /// Whether the lowercase word at `index` may be a participle after a noun: read as a verb, or
  /// as a noun when it is a past form mostly read as a verb and no event word, which would head
  /// a compound (`the record set in 2015`, not `a tax cut in 2015`).
  func isParticiple(_ index: Int) -> Bool {
    guard tagged.isLowercaseWord(index) else { return false }
    if tagged.upos(index) == .verb { return true }
    return tagged.upos(index) == .noun && tagged.has(index, .pastVerb) && tagged.usualTag(index) == .verb
      && !tagged.has(index, [.triggerNoun, .triggerVerb])
  }
}
