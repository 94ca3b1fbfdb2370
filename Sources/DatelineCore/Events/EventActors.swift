/// Collects the actors of an event clause: the names in it and in the participles that follow it,
/// and its subject, found in the clause or inherited from earlier in the sentence (`Al-Kadhimi,
/// who escaped …, promptly released a statement`), with pronouns and group nouns resolved.
struct EventActors {
  let tagged: TaggedText
  let actors: DocumentActors
  let pronouns: PronounResolver
  let quotes: QuoteScan
  /// What `the company` and `the regulator` stand for.
  let definite: DefiniteReference

  /// How many pieces of its sentence before a segment are read for its subject: far more than a
  /// subject is set off from its verb by (`The firm, which …, owned by …, said`).
  private static let piecesBefore = 16

  /// The subject of segment `position` of `segments`: the actor and the tokens that name it.
  /// `recentGroup` is the group last found as a subject, which `they` and `these groups` in the
  /// next sentence most likely stand for.
  func subject(
    of position: Int, in segments: [Segment], sentence: Sentence, recentGroup: Int?
  ) -> (actor: Int, tokens: Range<Int>?)? {
    let segment = segments[position]
    var first = segment.tokens.lowerBound
    while first < segment.tokens.upperBound,
      tagged.has(first, [.adverb, .conjunction, .relative])
        || tagged.has(first, .preposition) && tagged.has(first + 1, .relative)
    {
      first += 1
    }
    // An opening date without a comma comes before the subject: `In 1986 he bought Pixar`.
    var afterTime = first
    if tagged.has(afterTime, .preposition), tagged.timeOf[afterTime + 1] >= 0 { afterTime += 1 }
    if tagged.timeOf[afterTime] >= 0 {
      while afterTime < segment.tokens.upperBound, tagged.timeOf[afterTime] >= 0 { afterTime += 1 }
      first = afterTime
    }
    if let resolved = pronounSubject(at: first, recentGroup: recentGroup) { return (resolved, nil) }
    if let holder = titleHolder(openingAt: first, before: segment.tokens.upperBound) { return (holder.actor, holder.tokens) }
    if let mention = actors.mentions(in: first..<(first + 1)).first { return (mention.actor, mention.tokens) }
    if isParticipleOpener(segment), position + 1 < segments.count {
      let next = segments[position + 1].tokens
      if let resolved = pronounSubject(at: next.lowerBound, recentGroup: recentGroup) { return (resolved, nil) }
      let phrase = tagged.subjectPhrase(at: next.lowerBound, before: next.upperBound) ?? next.lowerBound..<(next.lowerBound + 1)
      if let mention = actors.mentions(in: phrase).first { return (mention.actor, nil) }
    }
    guard startsWithPredicate(first), segment.role != .leading else { return nil }
    if let mention = namedAntecedent(of: segment) { return (mention.actor, mention.tokens) }
    if let phrase = thingAntecedent(of: segment) {
      let named = actors.mentions(in: phrase)
      let actor = (named.first { !$0.isModifier } ?? named.first)?.actor ?? owner(opening: phrase, recentGroup: recentGroup)
      return actor.map { ($0, nil) }
    }
    // A name inside a participle, a prepositional phrase or a relative clause between (`The
    // airline, owned by Halcyon, told staff`; `The firm, which employs 900 people in Vesta,
    // said`) is not the subject, and an adjective set off alone (`, aged 19 and 22,`) is passed; when the nearest other piece before is a noun phrase, the
    // subject is in it or in the noun phrases right before it (`Orla Finch, the pilot who …,
    // resigned`), or is no name at all. A second predicate (`…, and launched the store`) has
    // the subject of the first.
    let isAside = { (piece: Segment) in
      piece.role == .relative || [.verb, .adp].contains(self.tagged.upos(piece.tokens.lowerBound))
        || self.tagged.isBracketed(piece.tokens)
        || self.tagged.upos(piece.tokens.lowerBound) == .adj && self.tagged.namesNothing(piece.tokens)
    }
    // The pieces read before: a sentence of hundreds of clauses is not read back to its start
    // for each of them.
    let window = max(0, position - Self.piecesBefore)
    var start = window > 0 ? max(sentence.tokens.lowerBound, segments[window].tokens.lowerBound) : sentence.tokens.lowerBound
    var phrase: Int?
    if tagged.upos(segment.tokens.lowerBound) != .cconj,
      var nearest = segments[window..<position].lastIndex(where: { !isAside($0) }), isNounPhrase(segments[nearest].tokens)
    {
      while nearest > window, isNounPhrase(segments[nearest - 1].tokens), !isAside(segments[nearest - 1]) { nearest -= 1 }
      start = segments[nearest].tokens.lowerBound
      phrase = start
    } else if let nearest = segments[window..<position].lastIndex(where: { !isAside($0) }), nearest < position - 1,
      let reported = tagged.reportedSubject(endingAt: segments[nearest].tokens)
    {
      // A report's own subject cut off by an aside is the subject, not its speaker: `two men` in
      // `Police said on Tuesday that two men, aged 19 and 22, had been arrested`.
      start = reported.lowerBound
      phrase = start
    }
    let before = actors.mentions(in: start..<segment.tokens.lowerBound)
    let asides = segments[window..<position].filter(isAside)
    let candidates = before.lazy.filter { mention in
      !mention.isModifier && !self.quotes.isQuoted(mention.tokens.lowerBound)
        && !asides.contains { $0.tokens.contains(mention.tokens.lowerBound) }
        && !self.modifiesNoun(mention.tokens) && !self.completesHeldTitle(mention.tokens)
    }
    // An owner's name is not the subject when a name follows it: `Varden's chief executive, Roland
    // Esk, resigned` is about Esk.
    guard let mention = candidates.first(where: { !tagged.isPossessive(after: $0.tokens.upperBound) }) ?? candidates.first else {
      // A noun phrase that names no one may stand for someone named before: `The company, which
      // …, said`.
      return phrase.flatMap { pronounSubject(at: $0, recentGroup: recentGroup) }.map { ($0, nil) }
    }
    return (mention.actor, mention.tokens)
  }

  /// How many tokens a title, and the name of the body whose post it is, may take before the
  /// holder's name.
  private static let titleReach = 8

  /// The holder named after a title that opens a clause at `first`, perhaps after the name of
  /// the body the post is in: Keir Starmer in `Prime Minister Keir Starmer paid tribute`, Rebecca
  /// Stone in `Channel 4 chief executive Rebecca Stone said`, not the body nor no one.
  private func titleHolder(openingAt first: Int, before end: Int) -> ActorMention? {
    let named = actors.mentions(in: first..<min(end, first + Self.titleReach)).prefix(2)
    guard let opening = named.first else { return nil }
    let titled = opening.tokens.lowerBound > first ? opening : named.dropFirst().first
    guard let holder = titled, !holder.isRole, holder.tokens.lowerBound > first,
      let title = TitleContext(tagged: tagged).before(holder.tokens.lowerBound)
    else { return nil }
    guard holder.tokens.lowerBound != opening.tokens.lowerBound else { return title.range.lowerBound == first ? holder : nil }
    let body = opening.tokens.upperBound
    let titleStart = tagged.isPossessive(after: body) ? body + 2 : body
    return opening.tokens.lowerBound == first && title.range.lowerBound == titleStart ? holder : nil
  }

  /// Whether a name stands inside a noun phrase after a preposition and its determiner, before a
  /// common noun that heads it (`The outage on the Northline pipeline`): the phrase, not the
  /// name, is the subject.
  private func modifiesNoun(_ tokens: Range<Int>) -> Bool {
    guard tokens.lowerBound >= 2, tokens.upperBound < tagged.tokens.count else { return false }
    return tagged.upos(tokens.lowerBound - 1) == .det && tagged.upos(tokens.lowerBound - 2) == .adp
      && tagged.upos(tokens.upperBound) == .noun
      && tagged.isLowercaseWord(tokens.upperBound)
  }

  /// Whether the name over `tokens` completes a title whose holder is named right after it,
  /// set off by a comma: `Bergen` in `The Lord Mayor of Bergen, Ingrid Solheim, opened the
  /// bridge` is part of her title, not a participant.
  private func completesHeldTitle(_ tokens: Range<Int>) -> Bool {
    guard tagged.has(tokens.upperBound, .comma), !actors.mentions(in: (tokens.upperBound + 1)..<(tokens.upperBound + 2)).isEmpty
    else { return false }
    return TitleContext(tagged: tagged).title(completedByNameAt: tokens.lowerBound) != nil
  }

  /// The actors named in `tokens` and in `extra`, in text order, without repeats; `subject`
  /// first. A `they`, `he` or `she` in `tokens` counts for the group or person it stands for, as
  /// do a possessive `his`, `her` or `its` and an object `him` or `her` (never the clause's subject).
  func actors(in tokens: Range<Int>, extra: [Range<Int>], subject: Int?, recentGroup: Int?) -> [Int] {
    var result: [Int] = []
    if let subject { result.append(subject) }
    let quoted = quotes.isQuoted(tokens.lowerBound)
    func addNames(in range: Range<Int>) {
      for mention in actors.mentions(in: range) where quoted || !quotes.isQuoted(mention.tokens.lowerBound) {
        if !result.contains(mention.actor), !completesHeldTitle(mention.tokens) { result.append(mention.actor) }
      }
    }
    if extra.isEmpty {
      addNames(in: tokens)
    } else {
      for range in ([tokens] + extra).sorted(by: { $0.lowerBound < $1.lowerBound }) { addNames(in: range) }
    }
    for index in tokens where !quotes.isQuoted(index) {
      if tagged.isWord(index, "they") {
        if let group = pronouns.group(before: index, recent: recentGroup), !result.contains(group) { result.append(group) }
      } else if tagged.isWord(index, "he") || tagged.isWord(index, "she") || isPossessivePronoun(index) {
        if let person = pronouns.person(before: index), !result.contains(person) { result.append(person) }
      } else if tagged.isWord(index, "its") {
        if let owner = thing(at: index, recentGroup: recentGroup), !result.contains(owner) { result.append(owner) }
      } else if pronouns.isObjectPronoun(index) {
        if let person = pronouns.person(objectAt: index, subject: subject)?.actor, !result.contains(person) {
          result.append(person)
        }
      } else if let speaker = pronouns.speaker(ofFirstPerson: index), !result.contains(speaker) {
        result.append(speaker)
      }
    }
    return result
  }

  /// Whether the word at `index` is the possessive `his`, or `her` before a noun phrase (`his
  /// pay`, `her home`, `her falling oxygen levels`, not `thanked her`), whose owner takes part
  /// in the event.
  private func isPossessivePronoun(_ index: Int) -> Bool {
    tagged.isWord(index, "his")
      || tagged.isWord(index, "her") && [.noun, .adj, .num, .propn].contains(tagged.upos(index + 1))
      || pronouns.isPossessiveBeforeParticiple(index)
  }

  /// The actor the noun phrase `phrase` names, or stands for (`he`, `the company`), as the subject
  /// of a clause: its first name, else what its opening pronoun or definite noun refers to.
  func subject(named phrase: Range<Int>, recentGroup: Int?) -> Int? {
    if let mention = actors.mentions(in: phrase).first { return mention.actor }
    return pronounSubject(at: phrase.lowerBound, recentGroup: recentGroup)
  }

  /// `he`/`she`, `they`, an interviewee's `I`, or `these groups`/`the militias` at `index`, resolved.
  func pronounSubject(at index: Int, recentGroup: Int?) -> Int? {
    guard index < tagged.tokens.count else { return nil }
    if tagged.isWord(index, "he") || tagged.isWord(index, "she") { return pronouns.person(before: index) }
    if tagged.isWord(index, "they") { return pronouns.group(before: index, recent: recentGroup) }
    if tagged.isWord(index, "it") { return thing(at: index, recentGroup: recentGroup) }
    if let speaker = pronouns.speaker(ofFirstPerson: index) { return speaker }
    let isDemonstrative = tagged.isWord(index, "these") || tagged.isWord(index, "the") || tagged.isWord(index, "those")
    guard isDemonstrative, tagged.has(index + 1, .kindNoun) else { return nil }
    if tagged.infos[index + 1].actorKind == .group {
      return recentGroup ?? pronouns.group(before: index, demonstrative: true)
    }
    // `The device`, `the phone` stands for the product named last (`iPhone 4`); not `the
    // devices`, nor `the phone Vantro` with its own name, nor a noun of one kind of product
    // (`the laptop`, `the software`), which the product named last may not be.
    if Self.devices.contains(index + 1, in: tagged), tagged.isWord(index, "the"), tagged.isLowercaseWord(index + 1),
      !tagged.isCapitalizedWord(index + 2)
    {
      return product(before: index)
    }
    // `The company said` stands for an organization named before that can be one, unless a name
    // follows (`the company Norbridge`); `the team` or `the service` may be anyone's.
    // Another organization's noun stands for one whose name holds it (`the agency` after `UK
    // Health Security Agency`).
    if tagged.infos[index + 1].actorKind == .organization, tagged.isWord(index, "the"),
      tagged.isLowercaseWord(index + 1), !tagged.isCapitalizedWord(index + 2),
      let mention = definite.mention(for: index + 1)
    {
      let found = actors.mentions[mention].actor
      return isInstitutionNoun(index + 1) || definite.nameHolds(found, wordOf: index + 1) ? found : nil
    }
    return nil
  }

  /// What an `it` or `its` at `index` stands for: a thing named before it (`PronounResolver.thing`),
  /// else, opening a sentence, the organization the definite subject of the sentence before stands
  /// for (`The lender said the fault began at midnight. It blamed …`).
  func thing(at index: Int, recentGroup: Int?) -> Int? {
    if let named = pronouns.thing(before: index) { return named }
    guard let phrase = pronouns.definiteSubject(before: index) else { return nil }
    return pronounSubject(at: phrase, recentGroup: recentGroup)
  }

  /// A clause that opens with a participle (`Established in 2014 …,`) has its subject after it.
  private func isParticipleOpener(_ segment: Segment) -> Bool {
    let first = segment.tokens.lowerBound
    return tagged.isSentenceInitial(first)
      && (tagged.upos(first) == .verb || tagged.endsWith(first, "ed") || tagged.endsWith(first, "ing"))
  }

  /// Whether a clause starts with its verb (or an adverb before it), so that its subject is
  /// earlier in the sentence: `promptly released …`, `joined the protests …`.
  private func startsWithPredicate(_ index: Int) -> Bool {
    guard tagged.isLowercaseWord(index), !tagged.isNounReadAsVerb(index) else { return false }
    if tagged.has(index, [.determiner, .quantifier, .pronoun, .personPronoun, .groupPronoun, .preposition, .relative]) {
      return false
    }
    return tagged.has(index, [.triggerVerb, .lightVerb, .auxiliary, .modal, .speechVerb])
      || tagged.endsWith(index, "ed") || tagged.endsWith(index, "ly") || tagged.upos(index) == .verb
  }

  /// Whether `tokens` are a bare noun phrase, an age among them (`Yoon, 63, a former prosecutor`).
  private func isNounPhrase(_ tokens: Range<Int>) -> Bool {
    tagged.isBareNounPhrase(tokens, orNumber: true)
  }

  /// Nouns for any hand-held device, which a phone, a tablet or a player all are.
  private static let devices = WordList(["device", "gadget", "handset", "phone", "smartphone"])

  /// Whether token `index` names a kind of organization that `the` makes the one named last:
  /// `company`, `firm`, `bank`, `foundation`, `government`.
  private func isInstitutionNoun(_ index: Int) -> Bool {
    tagged.isWord(index, "company") || tagged.isWord(index, "firm") || tagged.isWord(index, "corporation")
      || tagged.isWord(index, "airline") || tagged.isWord(index, "carmaker") || tagged.isWord(index, "automaker")
      || tagged.isWord(index, "lender") || tagged.isWord(index, "retailer") || tagged.isWord(index, "insurer")
      || tagged.isWord(index, "broadcaster") || tagged.isWord(index, "bank") || tagged.isWord(index, "foundation")
      || tagged.isWord(index, "government") || tagged.isWord(index, "university") || tagged.isWord(index, "ministry")
      || tagged.isWord(index, "regulator") || tagged.isWord(index, "watchdog")
  }
}
