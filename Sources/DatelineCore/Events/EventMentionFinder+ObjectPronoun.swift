/// How a summary whose clause has an object pronoun is told alone: with the person's name.
extension EventMentionFinder {
  /// `summary` with the one object `him` or `her` of `clause` (or a possessive `her` the
  /// tagger's reading may take for one, `her falling oxygen levels`) replaced by the name of the person
  /// it stands for, when that person is sure (`PronounResolver.person(objectAt:subject:)`) and
  /// the name opens with a given name: `A court later convicted him of fraud` → `A court later
  /// convicted Tom Barker of fraud`. Left as it is when the clause has more than one, the summary spells the word more than once, or it
  /// names the person already (`Tom Barker said police had treated him unfairly`).
  func objectNamed(_ summary: String, subject: Int?, clause: Range<Int>) -> String {
    let pronouns = clauseActors.pronouns
    var object: Int?
    for index in clause where pronouns.isObjectPronoun(index) || pronouns.isPossessiveBeforeParticiple(index) {
      guard object == nil else { return summary }
      object = index
    }
    guard let pronoun = object, let found = pronouns.person(objectAt: pronoun, subject: subject), found.isSure,
      [.person, .unknown].contains(actors.actors[found.actor].kind), opensWithGivenName(found.actor)
    else { return summary }
    // A possessive may be the subject's own (`Ada Brel hurt her broken arm`): it is named only
    // when the person it was resolved to is the one an object would stand for.
    let isPossessive = pronouns.isPossessiveBeforeParticiple(pronoun)
    if isPossessive, pronouns.person(before: pronoun) != found.actor { return summary }
    let name = actors.actors[found.actor].name
    let places = Self.wordRanges(of: tagged.string(tokens: pronoun..<(pronoun + 1)), in: summary)
    guard places.count == 1, !summary.contains(name) else { return summary }
    // A possessive stays one: `recorded her falling oxygen levels` → `recorded Ada Brel's …`.
    let told = isPossessive ? EventSummarizer.possessive(name) : name
    return summary.replacingCharacters(in: places[0], with: told)
  }

  /// Whether the actor's name opens with a given name (`Tom Barker`, `Grace Mwangi`): a name
  /// surely a person's, which a summary may put in a pronoun's place.
  private func opensWithGivenName(_ actor: Int) -> Bool {
    guard let first = actors.actors[actor].name.split(separator: " ").first,
      let info = tagged.lexicon.words.value(forWord: first)
    else { return false }
    return !info.flags.isDisjoint(with: [.givenName, .maleName, .femaleName])
  }

  /// Where `summary` spells `word` as a whole word, in lower case (`her` in `her home`).
  private static func wordRanges(of word: String, in summary: String) -> [Range<String.Index>] {
    summary.ranges(of: word.lowercased()).filter { range in
      let before = range.lowerBound == summary.startIndex ? nil : summary[summary.index(before: range.lowerBound)]
      let after = range.upperBound == summary.endIndex ? nil : summary[range.upperBound]
      return !(before?.isLetter ?? false) && !(after?.isLetter ?? false)
    }
  }
}
