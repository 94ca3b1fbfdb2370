extension KindEvidence {
  /// The kind of the kind noun that the name in `range` stands in apposition to, set off by
  /// commas after a determiner and at most two adjectives: `a local newspaper, the Caldwick
  /// Courier,` is an organization, `the militia, Saraya,` a group, `the capital, Drasov,` a
  /// place. Not a name that opens on a given name or that `, who` follows, nor one after a noun's
  /// preposition and its object (`a spokeswoman for the union, Mira Talk,`).
  func kindNounApposition(_ range: Range<Int>, after: Int) -> Actor.Kind? {
    var comma = range.lowerBound - 1
    if tagged.isWord(comma, "the") { comma -= 1 }
    let noun = comma - 1
    guard noun >= 1, tagged.has(comma, .comma), tagged.isLowercaseWord(noun), tagged.has(noun, .kindNoun),
      tagged.upos(noun) == .noun, !tagged.has(range.lowerBound, .givenName),
      let kind = tagged.actorKind(ofKindNoun: noun), [.organization, .group, .place].contains(kind)
    else { return nil }
    var opener = noun - 1
    while opener > 0, noun - opener <= 2, tagged.upos(opener) == .adj { opener -= 1 }
    guard tagged.upos(opener) == .det || tagged.isPossessiveDeterminer(opener) else { return nil }
    // After a preposition that follows a noun, the name may stand for that noun instead (`a
    // spokeswoman for the union, Mira Talk,`); not after one that opens a clause of time (`opened
    // in January after a local newspaper, the Caldwick Courier, reported …`).
    // A place set off after its noun is that place wherever the noun stands (`moved its offices
    // to the capital, Drasov,`).
    if kind != .place, tagged.upos(opener - 1) == .adp, !tagged.has(opener - 1, .subordinator),
      [.noun, .propn].contains(tagged.upos(opener - 2))
    {
      return nil
    }
    let closes = after >= tagged.tokens.count || tagged.has(after, [.comma, .period, .terminal, .semicolon, .closeParen])
    return closes && !(tagged.has(after, .comma) && tagged.isWord(after + 1, "who")) ? kind : nil
  }
}
