/// Who a subject pronoun stands for when its clause tells what others will do to its subject
/// (`he would be sentenced`, `they will appear in court`): the person or group the predicate
/// before it acted on, not that predicate's subject (`Judge Simon Pryce remanded Ashby in custody
/// and said he would be sentenced` is about Ashby).
extension PronounResolver {
  /// What the object of the predicate before an undergoing clause is.
  enum Patient: Equatable {
    /// A named actor.
    case named(Int)
    /// Someone named by a common noun (`two men`, `the driver`): no name fits the pronoun.
    case unnamed
  }

  /// How many words after a pronoun its clause's undergoing verb may stand: `would not now be
  /// sentenced`.
  private static let verbReach = 5

  /// The object of the predicate before the subject pronoun at `pronoun` (in its sentence, or
  /// in the one before when the pronoun opens its own), when the pronoun's clause is one that
  /// tells what is to be done to its subject (`undergoes`) and that object fits the pronoun's
  /// number and sex; nil when the clause does not, or no object fits.
  func patient(before pronoun: Int) -> Patient? {
    let isPlural = tagged.isWord(pronoun, "they")
    guard isPlural || tagged.isWord(pronoun, "he") || tagged.isWord(pronoun, "she"), !quotes.isQuoted(pronoun),
      undergoes(pronoun)
    else { return nil }
    let sentence = Int(tagged.sentenceOf[pronoun])
    var start = tagged.sentences[sentence].tokens.lowerBound
    if pronoun == start, sentence > 0 { start = tagged.sentences[sentence - 1].tokens.lowerBound }
    var verb = pronoun - 1
    while verb >= start {
      defer { verb -= 1 }
      guard tagged.isFiniteVerb(verb), tagged.upos(verb) == .verb, !tagged.has(verb, [.speechVerb, .cognitionVerb]),
        !tagged.isPassiveParticiple(verb)
      else { continue }
      return object(after: verb, isPlural: isPlural, pronoun: pronoun)
    }
    return nil
  }

  /// The object right after the transitive verb at `verb`, past determiners, numbers and
  /// adjectives, or the one after `to` that a thing is given to (`refused bail to Lee Carver`),
  /// when it fits a pronoun in the plural (`isPlural`) or one of `pronoun`'s sex.
  private func object(after verb: Int, isPlural: Bool, pronoun: Int) -> Patient? {
    var word = verb + 1
    while word < pronoun, [.det, .num, .adj].contains(tagged.upos(word)), tagged.isLowercaseWord(word) { word += 1 }
    guard word < pronoun else { return nil }
    if let mention = actors.mentions(in: word..<(word + 1)).first, mention.tokens.lowerBound == word, isUsable(mention) {
      let kind = actors.actors[mention.actor].kind
      if isPlural { return [.group, .organization].contains(kind) ? .named(mention.actor) : nil }
      let isPerson = isPersonLike(mention) || kind == .unknown && mention.tokens.count >= 2
      return isPerson && agrees(mention.actor, pronounGender(pronoun), before: pronoun) ? .named(mention.actor) : nil
    }
    guard tagged.upos(word) == .noun, tagged.isLowercaseWord(word) else { return nil }
    let isOccupation = PersonWords.occupations.contains(Substring(tagged.lemma(word).lowercased()))
    // A thing given or refused to someone: `refused bail to Lee Carver`.
    if tagged.isWord(word + 1, "to"), !isOccupation {
      return object(after: word + 1, isPlural: isPlural, pronoun: pronoun)
    }
    if isPlural { return tagged.isPluralNoun(word) ? .unnamed : nil }
    return isOccupation && !tagged.isPluralNoun(word) ? .unnamed : nil
  }

  /// The group or organization of one of `kinds` that `patient` names, if any.
  func group(of patient: Patient, kinds: Set<Actor.Kind>) -> Int? {
    guard case .named(let actor) = patient, kinds.contains(actors.actors[actor].kind) else { return nil }
    return actor
  }

  /// Whether the clause whose subject is the pronoun at `pronoun` tells what others are to do to
  /// it: a modal (or `due to`) before a passive (`would be sentenced`, `will not be released`,
  /// `is due to be charged`) or before being brought before a court (`will appear in court`,
  /// `would stand trial`).
  func undergoes(_ pronoun: Int) -> Bool {
    var word = pronoun + 1
    let limit = pronoun + Self.verbReach
    if tagged.lemma(word) == "be", tagged.isWord(word + 1, "due"), tagged.isWord(word + 2, "to") {
      word += 3
    } else {
      guard tagged.upos(word) == .aux, tagged.isLowercaseWord(word), !["be", "have", "do"].contains(tagged.lemma(word)) else {
        return false
      }
      word += 1
    }
    while word < limit, tagged.isWord(word, "not") || tagged.upos(word) == .adv { word += 1 }
    if tagged.isWord(word, "be") {
      word += 1
      while word < limit, tagged.upos(word) == .adv { word += 1 }
      return tagged.upos(word) == .verb && tagged.isLowercaseWord(word) && !tagged.endsWith(word, "ing")
    }
    return appearsBeforeCourt(word)
  }

  /// Whether the verb at `verb` brings its subject before a court: `appear in court`, `appear
  /// before magistrates`, `stand trial`, `face trial`.
  private func appearsBeforeCourt(_ verb: Int) -> Bool {
    switch tagged.lemma(verb) {
    case "appear": tagged.isWord(verb + 1, "before") || tagged.isWord(verb + 1, "in") && tagged.isWord(verb + 2, "court")
    case "stand", "face": tagged.isWord(verb + 1, "trial")
    default: false
    }
  }
}
