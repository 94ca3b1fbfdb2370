/// A name set off after a relative clause inside the subject, before the main clause's verb:
/// which of the two noun phrases it names.
extension SegmentSplitter {
  /// Whether the names set off between the commas at `opening` and `closing`, right before the
  /// main clause's verb, name the noun a relative clause inside the subject is about rather
  /// than the noun that clause ends on: `Three men who paid the mayor, | Ian Vale and Tom Rees,
  /// | were arrested`. Names joined by `and` cannot name one thing (`the mayor`); one person's
  /// name cannot name a noun that is no person's role (`A patient who was treated during the
  /// strike, | Rosa Kemp, | said`). One name after a role noun is that noun's (`Two men who
  /// attacked the mayor, John Holt, were jailed`), and so is one after a plural before a
  /// plural subject's verb.
  func namesRelativeAntecedent(opening: Int, closing: Int) -> Bool {
    let sentence = tagged.sentences[Int(tagged.sentenceOf[opening])].tokens.lowerBound
    // The subject's noun phrase before the relative word is short, and so is the clause.
    let reach = sentence..<min(opening, sentence + Self.subjectReach)
    guard opening - sentence <= Self.subjectReach + Self.relativeReach,
      let relative = reach.first(where: { tagged.has($0, .relative) }), relative > sentence,
      ["who", "which", "that"].contains(where: { tagged.isWord(relative, $0) }),
      [.noun, .propn].contains(tagged.upos(relative - 1)),
      !(sentence..<relative).contains(where: { [.verb, .aux].contains(tagged.upos($0)) }),
      ((relative + 1)..<opening).contains(where: { tagged.isFiniteVerb($0) }),
      !((relative + 1)..<opening).contains(where: { tagged.has($0, WordFlags.segmentBreak) })
    else { return false }
    let apposition = (opening + 1)..<closing
    guard apposition.contains(where: { tagged.upos($0) == .propn }) else { return false }
    let noun = opening - 1
    if apposition.contains(where: { tagged.isWord($0, "and") }) {
      return !tagged.isPluralNoun(noun) || tagged.upos(noun) == .propn
    }
    guard tagged.upos(noun) == .noun, !tagged.has(noun, .titleStart), !tagged.isPluralNoun(relative - 1) else { return false }
    return tagged.has(opening + 1, [.givenName, .femaleName, .maleName])
  }

  /// How many words the subject's noun phrase before its relative word may take.
  private static let subjectReach = 10

  /// How many words a relative clause inside the subject may take before the names.
  private static let relativeReach = 20

  /// Whether the comma at `opening` sets off names, joined by commas or `and`, that
  /// `namesRelativeAntecedent` gives to the noun a relative clause inside the subject is about:
  /// then it ends that clause, though the names would read as the last items of a list in its
  /// object (`who paid the mayor, | Ray Stanes and Keith Dorran, | were`).
  func setsOffRelativeAntecedentNames(_ opening: Int, limit: Int) -> Bool {
    guard tagged.has(opening, .comma), tagged.upos(opening + 1) == .propn else { return false }
    var index = opening + 1
    while index < limit, index - opening <= Self.appositiveReach {
      if tagged.has(index, .comma), index + 1 < limit, tagged.isFiniteVerb(index + 1) {
        return namesRelativeAntecedent(opening: opening, closing: index)
      }
      guard tagged.upos(index) == .propn || tagged.isWord(index, "and") || tagged.has(index, .comma) else { return false }
      index += 1
    }
    return false
  }
}
