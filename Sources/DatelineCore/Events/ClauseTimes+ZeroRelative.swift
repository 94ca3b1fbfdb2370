extension ClauseTimes {
  /// Whether the expression starting at `index` stands in a relative clause written without its
  /// relative word after a noun of the clause (`restored the bonus it cut in January`, `sold the
  /// car she bought in 2019`): it dates what the noun is, not the clause. A noun that a verb of
  /// telling takes before the clause it tells of opens no relative clause (`told reporters it
  /// would appeal in May`, `warned investors they could lose money in 2027`), and the relative
  /// clause ends at the `to` of the goal a verb of handing over takes after its object (`showed
  /// the model he built to his teachers on May 4`: the showing was on May 4).
  func isInZeroRelative(startingAt index: Int, in range: Range<Int>) -> Bool {
    var verb = index - 1
    while verb > range.lowerBound, tagged.tokens[verb].kind == .word, tagged.upos(verb) != .verb,
      !tagged.has(verb, [.conjunction, .relative, .subordinator])
    {
      verb -= 1
    }
    guard let opener = zeroRelativeOpener(verb, in: range) else { return false }
    guard tagged.upos(opener) == .verb, Self.handingVerbs.contains(tagged.lemma(opener)) else { return true }
    return !(verb + 1..<index).contains { tagged.isWord($0, "to") && tagged.upos($0) == .adp }
  }

  /// Verbs that hand or bring a thing over to someone or somewhere, with a `to` phrase after
  /// their object.
  private static let handingVerbs: Set<String> = [
    "show", "bring", "take", "send", "give", "hand", "present", "deliver", "return", "lend", "carry", "ship", "donate",
    "submit", "mail", "pass",
  ]

  /// Whether the verb at `verb` is the verb of such a relative clause, after its subject pronoun
  /// and any auxiliary, which the tagger may read as a verb (`the bonus it had cut`, `the car
  /// she bought`): it tells what the noun is, not what the clause around the noun tells. A past
  /// form or event verb right after an auxiliary is a verb, though the tagger read it as a noun
  /// (`had cut`).
  func isZeroRelativeVerb(_ verb: Int, in range: Range<Int>) -> Bool {
    zeroRelativeOpener(verb, in: range) != nil
  }

  /// The word before the noun phrase that a relative clause with verb `verb` follows (the verb
  /// that takes the noun as its object, in `repaired the bridge it closed`), when `verb` is the
  /// verb of such a clause.
  private func zeroRelativeOpener(_ verb: Int, in range: Range<Int>) -> Int? {
    guard verb > range.lowerBound, tagged.isLowercaseWord(verb),
      tagged.upos(verb) == .verb || tagged.has(verb - 1, .auxiliary) && tagged.has(verb, [.pastVerb, .triggerVerb])
    else { return nil }
    var subject = verb - 1
    while subject > range.lowerBound, tagged.upos(subject) == .aux || tagged.has(subject, [.auxiliary, .negation]) {
      subject -= 1
    }
    guard tagged.isSubjectPronoun(subject) else { return nil }
    let noun = subject - 1
    guard noun > range.lowerBound, tagged.upos(noun) == .noun, tagged.isLowercaseWord(noun) else { return nil }
    var opener = noun - 1
    while opener > range.lowerBound, [.noun, .adj, .num, .det].contains(tagged.upos(opener)) || tagged.has(opener, .hyphen) {
      opener -= 1
    }
    if tagged.has(opener, [.speechVerb, .cognitionVerb]) { return nil }
    guard tagged.upos(opener) != .verb || !SegmentSplitter.listenerVerbs.contains(tagged.lemma(opener)) else { return nil }
    return opener
  }
}
