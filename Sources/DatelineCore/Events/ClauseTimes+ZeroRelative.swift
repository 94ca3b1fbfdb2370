extension ClauseTimes {
  /// Whether the expression starting at `index` stands in a relative clause written without its
  /// relative word after a noun of the clause (`restored the bonus it cut in January`, `sold the
  /// car she bought in 2019`): it dates what the noun is, not the clause. A noun that a verb of
  /// telling takes before the clause it tells of opens no relative clause (`told reporters it
  /// would appeal in May`, `warned investors they could lose money in 2027`).
  func isInZeroRelative(startingAt index: Int, in range: Range<Int>) -> Bool {
    var verb = index - 1
    while verb > range.lowerBound, tagged.tokens[verb].kind == .word, tagged.upos(verb) != .verb,
      !tagged.has(verb, [.conjunction, .relative, .subordinator])
    {
      verb -= 1
    }
    return isZeroRelativeVerb(verb, in: range)
  }

  /// Whether the verb at `verb` is the verb of such a relative clause, after its subject pronoun
  /// and any auxiliary, which the tagger may read as a verb (`the bonus it had cut`, `the car
  /// she bought`): it tells what the noun is, not what the clause around the noun tells. A past
  /// form or event verb right after an auxiliary is a verb, though the tagger read it as a noun
  /// (`had cut`).
  func isZeroRelativeVerb(_ verb: Int, in range: Range<Int>) -> Bool {
    guard verb > range.lowerBound, tagged.isLowercaseWord(verb),
      tagged.upos(verb) == .verb || tagged.has(verb - 1, .auxiliary) && tagged.has(verb, [.pastVerb, .triggerVerb])
    else { return false }
    var subject = verb - 1
    while subject > range.lowerBound, tagged.upos(subject) == .aux || tagged.has(subject, [.auxiliary, .negation]) {
      subject -= 1
    }
    guard tagged.isSubjectPronoun(subject) else { return false }
    let noun = subject - 1
    guard noun > range.lowerBound, tagged.upos(noun) == .noun, tagged.isLowercaseWord(noun) else { return false }
    var opener = noun - 1
    while opener > range.lowerBound, [.noun, .adj, .num, .det].contains(tagged.upos(opener)) || tagged.has(opener, .hyphen) {
      opener -= 1
    }
    if tagged.has(opener, [.speechVerb, .cognitionVerb]) { return false }
    return tagged.upos(opener) != .verb || !SegmentSplitter.listenerVerbs.contains(tagged.lemma(opener))
  }
}
