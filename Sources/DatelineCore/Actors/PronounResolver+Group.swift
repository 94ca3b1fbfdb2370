/// Who `they` and a group noun stand for: the nearest group or organization named before, unless
/// the plural phrase that says it speaks of itself.
extension PronounResolver {
  /// The group or organization `they`, `these groups` or `the militias` at token `index` stands
  /// for (only an organization for `the company`: `kinds`): the nearest one named before it,
  /// preferring names that are not the object of a preposition (`the war against Daesh`). A
  /// demonstrative (`these groups`) looks back from the sentence before its own. `they` in a clause
  /// that tells what is done to its subject stands for the predicate's object before it
  /// (`patient(before:)`).
  func group(
    before index: Int, demonstrative: Bool = false, kinds: Set<Actor.Kind> = [.group, .organization]
  ) -> Int? {
    if !demonstrative, let patient = patient(before: index) { return group(of: patient, kinds: kinds) }
    if !demonstrative, reportsOwnSubject(index) || followsPluralNoun(index) { return nil }
    let sentence = Int(tagged.sentenceOf[index])
    let limit = demonstrative ? tagged.sentences[sentence].tokens.lowerBound : index
    let lowest = min(antecedentStart(before: index), limit)
    var oblique: Int?
    for mention in actors.mentions(in: lowest..<limit).reversed() where isUsable(mention) {
      guard kinds.contains(actors.actors[mention.actor].kind) else { continue }
      if !tagged.has(mention.tokens.lowerBound - 1, .preposition) { return mention.actor }
      if oblique == nil { oblique = mention.actor }
    }
    return oblique
  }

  /// The group or organization the `they` at `pronoun` stands for, where `recent` is the group
  /// or organization the clauses just before are about: that one, else the nearest named before,
  /// unless a plural common noun stands nearer (`group(before:)`) or the pronoun's clause tells what
  /// is done to what the predicate before acted on (`patient(before:)`).
  func group(before pronoun: Int, recent: Int?) -> Int? {
    if followsPluralNoun(pronoun) { return nil }
    if let patient = patient(before: pronoun) { return group(of: patient, kinds: [.group, .organization]) }
    return recent ?? group(before: pronoun)
  }

  /// Whether the nearest noun before the `they` at `pronoun` in its sentence, past `that`, times,
  /// prepositions, determiners, adjectives and numbers, is a common noun in the plural that no name
  /// covers: `they` agrees with it, not with an organization or a group named as a singular
  /// (`The firm warned investors on Tuesday that they could lose money`).
  private func followsPluralNoun(_ pronoun: Int) -> Bool {
    let start = tagged.sentences[Int(tagged.sentenceOf[pronoun])].tokens.lowerBound
    var index = pronoun - 1
    while index >= start {
      if tagged.timeOf[index] >= 0 || tagged.isWord(index, "that") || Self.passedWords.contains(tagged.upos(index)) {
        index -= 1
        continue
      }
      return tagged.upos(index) == .noun && tagged.isLowercaseWord(index) && tagged.isPluralNoun(index)
        && actors.mentions(in: index..<(index + 1)).isEmpty
    }
    return false
  }

  /// The words passed over between a noun and a `they` it may stand for.
  private static let passedWords: Set<UPOS> = [.adp, .det, .adj, .num]

  /// Whether the `they` at `pronoun` opens what the plural noun phrase before its speech verb
  /// says of itself (`Farm groups said they would protest`, `Residents told reporters that they
  /// …`): a set of people the text brings in by a common noun, no group named before. A definite
  /// noun phrase (`the unions said they`) may still stand for a group named earlier.
  private func reportsOwnSubject(_ pronoun: Int) -> Bool {
    let start = tagged.sentences[Int(tagged.sentenceOf[pronoun])].tokens.lowerBound
    var verb = pronoun - 1
    if tagged.isWord(verb, "that") { verb -= 1 }
    while verb > start, !tagged.has(verb, [.speechVerb, .cognitionVerb]), tagged.upos(verb) == .noun || tagged.upos(verb) == .pron {
      verb -= 1
    }
    guard verb > start, tagged.has(verb, [.speechVerb, .cognitionVerb]) else { return false }
    var first = verb
    while first > start, Self.subjectWords.contains(tagged.upos(first - 1)),
      tagged.isLowercaseWord(first - 1) || first - 1 == start
    {
      first -= 1
    }
    let phrase = first..<verb
    guard !phrase.isEmpty, actors.mentions(in: phrase).isEmpty, tagged.isPluralPhrase(phrase) else { return false }
    return !tagged.isWord(first, "the") && !tagged.isWord(first, "these") && !tagged.isWord(first, "those")
  }

  /// The words of a common noun phrase before its verb: `Farm groups in the south`.
  private static let subjectWords: Set<UPOS> = [.noun, .adj, .det, .adp, .num]
}
