/// Finds event-anchored times: a temporal expression that moves from an anchor (`the night
/// before`, `two days after`) followed by a definite phrase naming an event (`the drone attack`,
/// `the fire`).
struct EventAnchorFinder {
  let tagged: TaggedText

  /// How many tokens the event phrase may take after the expression.
  private static let reach = 5

  /// The event-anchored times inside `tokens`.
  func times(in tokens: Range<Int>) -> [EventAnchoredTime] {
    var found: [EventAnchoredTime] = []
    let reader = TriggerReader(tagged: tagged)
    for last in tokens
    where tagged.timeOf[last] >= 0 && (last + 1 >= tokens.upperBound || tagged.timeOf[last + 1] != tagged.timeOf[last])
    {
      let expression = Int(tagged.timeOf[last])
      guard let shift = tagged.times[expression].shift, shift.direction != .same else { continue }
      let limit = min(tokens.upperBound, last + 1 + Self.reach)
      var noun = last + 1
      while noun < limit, tagged.tokens[noun].kind == .word, !tagged.has(noun, .triggerNoun) { noun += 1 }
      if noun >= limit || !tagged.has(noun, .triggerNoun) { noun = commonNoun(after: last, limit: limit) ?? limit }
      guard noun < limit, tagged.isLowercaseWord(noun), reader.isDefinite(noun) else {
        continue
      }
      var first = last
      while first > tokens.lowerBound, tagged.timeOf[first - 1] == tagged.timeOf[last] { first -= 1 }
      found.append(EventAnchoredTime(tokens: first..<(noun + 1), anchorNoun: noun, expression: expression))
    }
    return found
  }

  /// The head of a common noun phrase right after `the` that follows the expression ending at
  /// `last`, and the `after` or `before` it may leave out (`two days after the fire`, `a week after the paint fire`), when no event noun does:
  /// it names an event only when the text told one of it before (`EventAccumulator` looks).
  private func commonNoun(after last: Int, limit: Int) -> Int? {
    let article = tagged.isWord(last + 1, "after") || tagged.isWord(last + 1, "before") ? last + 2 : last + 1
    guard tagged.isWord(article, "the") else { return nil }
    var noun = article + 1
    // An owner's possessive before the noun: `a week after the company's report`.
    if tagged.isPossessive(after: noun) { noun += 2 }
    guard noun < limit, tagged.upos(noun) == .noun else { return nil }
    while noun + 1 < limit, tagged.upos(noun + 1) == .noun { noun += 1 }
    return noun
  }
}
