extension EventMentionFinder {
  /// Whether the segment at `position` is a past participle set off after a time that ends a
  /// clause with a subject and an auxiliary of its own, with a phrase after it and no object (`pay
  /// will rise by 5.5% from April, | backdated to January,`, `will reopen on Monday, | repaired
  /// after a fire in August`): it tells of that clause, as a passive relative would, and is no
  /// event of its own. After a noun it tells of that noun (`home to 4,000 people, | discovered in
  /// 1642`); after a past without an auxiliary it may go on a list of predicates (`tripled in
  /// 2019, | doubled in 2020`); after a passive, a list of participles (`was arrested on Monday,
  /// | charged on Tuesday`); and between a subject and its verb it is told as a clause of that
  /// subject (`the bridge, | opened in 1932, | will close`).
  func isTrailingParticipleModifier(_ position: Int, in segments: [Segment]) -> Bool {
    guard position > 0, segments[position].role == .main, segments[position - 1].role == .main else { return false }
    let tokens = segments[position].tokens
    let clause = segments[position - 1].tokens
    guard clause.upperBound + 1 == tokens.lowerBound, tagged.has(clause.upperBound, .comma),
      tagged.timeOf[clause.upperBound - 1] >= 0,
      // A noun read as a verb before the clause's auxiliary is its subject: `pay will rise`.
      !summarizer.startsWithVerb(clause.lowerBound) || tagged.upos(clause.lowerBound + 1) == .aux
    else { return false }
    var verb = tokens.lowerBound
    while verb < tokens.upperBound, tagged.upos(verb) == .adv, tagged.isLowercaseWord(verb) { verb += 1 }
    guard verb + 1 < tokens.upperBound, tagged.upos(verb) == .verb, tagged.isLowercaseWord(verb),
      tagged.endsWith(verb, "ed") || tagged.has(verb, .pastVerb),
      tagged.upos(verb + 1) == .adp || tagged.has(verb + 1, .preposition),
      !tagged.has(verb, [.speechVerb, .cognitionVerb])
    else { return false }
    guard clause.contains(where: { tagged.upos($0) == .aux && tagged.isLowercaseWord($0) }),
      !clause.contains(where: { tagged.upos($0) == .verb && tagged.isPassiveParticiple($0) })
    else { return false }
    return position + 1 == segments.count || !summarizer.startsWithVerb(segments[position + 1].tokens.lowerBound)
  }
}
