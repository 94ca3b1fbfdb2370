/// Who an object pronoun stands for (`A court convicted him`, `Rivals accused her`).
extension PronounResolver {
  /// Whether the word at `index` is the object `him` or `her` (not the possessive `her report`,
  /// `her falling oxygen levels`), outside quotations.
  func isObjectPronoun(_ index: Int) -> Bool {
    let isHim = tagged.isWord(index, "him")
    guard isHim || tagged.isWord(index, "her"), !quotes.isQuoted(index) else { return false }
    return isHim || ![.noun, .adj, .num, .propn].contains(tagged.upos(index + 1)) && !isPossessiveBeforeParticiple(index)
  }

  /// Whether `her` at `index` owns the noun phrase a participle opens after it (`recorded her
  /// falling oxygen levels`, `treated her broken arm`): a participle with a noun right after it
  /// (past adjectives) describes that noun; an object's participle clause goes on with a
  /// determiner, a preposition or nothing (`saw her leaving the building`, `had her arrested on
  /// Monday`, `found her lying unconscious`).
  func isPossessiveBeforeParticiple(_ index: Int) -> Bool {
    let participle = index + 1
    guard tagged.isWord(index, "her"), !quotes.isQuoted(index), [.verb, .adj].contains(tagged.upos(participle)),
      tagged.isLowercaseWord(participle), tagged.endsWith(participle, "ing") || tagged.hasParticipleEnding(participle)
    else { return false }
    var word = participle + 1
    while tagged.upos(word) == .adj, tagged.isLowercaseWord(word) { word += 1 }
    return tagged.upos(word) == .noun && tagged.isLowercaseWord(word)
  }

  /// The person the object `him` or `her` at `pronoun` stands for, in a clause whose subject is
  /// `subject`: never that subject (`Barker met him` is about someone else), else the person
  /// `person(before:)` finds, else the nearest person shortly before who agrees with it (a name of
  /// unknown kind only when no person does). `isSure`
  /// when that person is the only one, other than the subject, named within `reach` sentences
  /// before who agrees with the pronoun, and is named in its sentence or the one right before
  /// (`Police arrested Tom Barker. A court convicted him`).
  func person(objectAt pronoun: Int, subject: Int?) -> (actor: Int, isSure: Bool)? {
    let gender = pronounGender(pronoun)
    let sentence = Int(tagged.sentenceOf[pronoun])
    let start = tagged.sentences[sentence].tokens.lowerBound
    if standsForKin(start..<pronoun, gender) { return nil }
    let excluded = [subject].compactMap { $0 } + clauseSubjects(before: pronoun, from: start)
    let lowest = antecedentStart(before: pronoun)
    var candidates: [Int] = []
    for mention in actors.mentions(in: lowest..<pronoun).reversed()
    where !excluded.contains(mention.actor) && isUsable(mention) && isCandidate(mention)
      && !candidates.contains(mention.actor)
    {
      if agrees(mention.actor, gender, before: pronoun) { candidates.append(mention.actor) }
    }
    // A name the text makes a person's outranks a nearer one of unknown kind (`the Berlin Wall`),
    // and one the text tells to be of the pronoun's sex a nearer one of whom it tells nothing
    // (`Maria Lind`, not the farmer `Per Aune` named after her, for `her`); a few are weighed,
    // and the story's main person after them, though only pronouns have named her of late (an
    // obituary's `…, said Dr Jonas Eng, who trained under her`).
    let persons = candidates.filter { actors.actors[$0].kind == .person }
    let main = mainPerson.flatMap { excluded.contains($0) || persons.contains($0) ? nil : $0 }
    let weighed = persons.prefix(Self.weighedPersons) + (main.map { [$0] } ?? [])
    let nearest =
      weighed.first { isKnownToAgree($0, gender, before: pronoun) }
      ?? persons.first ?? candidates.first
    let resolved = person(before: pronoun).flatMap { excluded.contains($0) ? nil : $0 } ?? nearest
    guard let resolved else { return nil }
    let near = tagged.sentences[max(0, sentence - 1)].tokens.lowerBound
    let isNear = actors.mentions(in: near..<pronoun).contains { $0.actor == resolved && isUsable($0) }
    return (resolved, isNear && candidates == [resolved])
  }

  /// How many of the persons an object pronoun may stand for are weighed for one the text tells
  /// to be of its sex: each costs a reading of the mentions before the pronoun.
  static let weighedPersons = 3

  /// The persons a `he` or `she` before `pronoun` in its sentence stands for, with no verb of
  /// speech or thought between, whose own clause the object most likely is in: `she` in `I think
  /// she should have told him` is not who `him` is (but `She said police arrested her` may be).
  private func clauseSubjects(before pronoun: Int, from start: Int) -> [Int] {
    var found: [Int] = []
    for index in (max(start, pronoun - Self.clauseReach)..<pronoun).reversed() {
      if tagged.has(index, [.speechVerb, .cognitionVerb]) && tagged.isLowercaseWord(index) { break }
      guard tagged.isWord(index, "he") || tagged.isWord(index, "she"), !quotes.isQuoted(index),
        let person = person(before: index)
      else { continue }
      found.append(person)
    }
    return found
  }

  /// Whether a mention may be what an object pronoun stands for: a person, or a name of unknown
  /// kind in two words or more or opening with a given name (`Grace Mwangi`).
  private func isCandidate(_ mention: ActorMention) -> Bool {
    if isPersonLike(mention) { return true }
    guard actors.actors[mention.actor].kind == .unknown else { return false }
    return mention.tokens.count(where: { tagged.tokens[$0].kind == .word }) >= 2
  }
}
