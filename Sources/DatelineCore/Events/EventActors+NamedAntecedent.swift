/// The subject of a `who` clause set off right after a name: the named actor (`said Rovers
/// manager Graham Lowe, who was a player at the club` is Lowe's), not a name told earlier in the
/// sentence nor no one.
extension EventActors {
  /// How many tokens back from its end a name before `, who` is looked for.
  private static let nameReach = 6

  /// The mention of the actor named right before the comma that sets off the `who` clause
  /// opening `segment`; nil for any other segment, and when a modifier, a quoted name or a name
  /// after `not` ends there.
  func namedAntecedent(of segment: Segment) -> ActorMention? {
    let opener = segment.tokens.lowerBound
    guard segment.role == .relative, tagged.isWord(opener, "who"), opener >= 2, tagged.has(opener - 1, .comma) else {
      return nil
    }
    let end = opener - 1
    let named = actors.mentions(in: max(0, end - Self.nameReach)..<end)
    guard let mention = named.last(where: { $0.tokens.upperBound == end }), !mention.isModifier,
      !quotes.isQuoted(mention.tokens.lowerBound), !isAfterPreposition(mention.tokens.lowerBound),
      // `it was Jobs, not Papermaster, who decided`: the name set aside is not the one who did it.
      !tagged.isWord(mention.tokens.lowerBound - 1, "not")
    else { return nil }
    return mention
  }

  /// Whether a preposition, perhaps with `the`, comes right before token `start`.
  private func isAfterPreposition(_ start: Int) -> Bool {
    let before = start >= 1 && tagged.isWord(start - 1, "the") ? start - 2 : start - 1
    return before >= 0 && tagged.has(before, .preposition)
  }
}
