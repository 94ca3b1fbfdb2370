/// Finds who a pronoun or a group noun stands for, looking back over the names written outside
/// quotations: a person for `he`/`she` (the first person named in the nearest sentence that names
/// one: the subject, more often than not; a sentence that names none but speaks of `he` passes on
/// the person that pronoun stood for), the nearest group or organization for `they` or `these
/// groups`, and the product, organization or group the sentence before is about for an opening
/// `It`.
struct PronounResolver {
  let tagged: TaggedText
  let actors: DocumentActors
  let quotes: QuoteScan
  /// For each tier of names (persons and unknown names of two words or more that read as
  /// subjects, `Dana Whitfield`; other such names; one-word names of unknown kind, `Macintosh`)
  /// and each sentence, the name of that tier it is about: the first it names, else the one its
  /// `he` or `she` stands for; -1 for none.
  private let topics: [[Int32]]
  /// The story's main person: the first person named outside quotations.
  let mainPerson: Int?
  /// The question-and-answer layout of an interview, whose answers' `I` is the interviewee.
  private let interview: InterviewLayout?
  /// The person the text names most often outside quotations (twice at least; the first named
  /// of those tied).
  let mostMentioned: Int?
  /// The sex the lexicon gives the first word of each actor's name, by actor.
  let nameSexes: [WordFlags]

  /// How many sentences back a pronoun may reach, and over how many paragraph breaks (news
  /// paragraphs are a sentence or two: `One year later he left` may follow a paragraph that names
  /// no one).
  static let reach = 4
  private static let paragraphReach = 2

  /// A resolver over the actors of `tagged`, outside the quotations of `quotes`.
  init(tagged: TaggedText, actors: DocumentActors, quotes: QuoteScan) {
    self.tagged = tagged
    self.actors = actors
    self.quotes = quotes
    var topics = [[Int32]](repeating: [Int32](repeating: -1, count: tagged.sentences.count), count: 3)
    var mainPerson: Int?
    for (index, sentence) in tagged.sentences.enumerated() {
      let tokens = sentence.tokens
      var named = Self.firstNames(in: tokens, tagged: tagged, actors: actors, quotes: quotes)
      if mainPerson == nil, let first = named[0], actors.actors[first].kind == .person { mainPerson = first }
      let speaksOfSomeone = tokens.contains { tagged.has($0, .personPronoun) && !quotes.isQuoted($0) }
      // A sentence whose subject is `he` or `she` before it names anyone is about that person
      // (`She died at home, Harbour Books said`), not about the first name after the pronoun; a
      // possessive may point ahead (`Before his address, Yoon …`).
      let subject = tokens.first { (tagged.isWord($0, "he") || tagged.isWord($0, "she")) && !quotes.isQuoted($0) }
      if let pronoun = subject, let earlier = Self.topic(before: index, paragraph: sentence.paragraph, in: topics[0], tagged),
        Self.firstNames(
          in: Self.namesStart(tokens.lowerBound, pronoun: pronoun, tagged), tagged: tagged, actors: actors, quotes: quotes
        )[0] == nil
      {
        named[0] = earlier
      }
      for tier in 0..<3 {
        if let actor = named[tier] {
          topics[tier][index] = Int32(actor)
        } else if speaksOfSomeone,
          let earlier = Self.topic(before: index, paragraph: sentence.paragraph, in: topics[tier], tagged)
        {
          topics[tier][index] = Int32(earlier)
        }
      }
    }
    self.topics = topics
    self.mainPerson = mainPerson
    mostMentioned = Self.mostMentionedPerson(actors, quotes)
    nameSexes = Self.nameSexes(of: actors, tagged)
    interview = InterviewLayout(tagged: tagged, actors: actors, quotes: quotes, mainPerson: mainPerson)
  }

  /// The person `I`, `me` or `my` at token `pronoun` stands for: the interviewee, in the answers
  /// of a question-and-answer interview, outside quotations.
  func speaker(ofFirstPerson pronoun: Int) -> Int? {
    quotes.isQuoted(pronoun) ? nil : interview?.speaker(ofFirstPerson: pronoun, tagged)
  }

  /// The person `he` or `she` at token `pronoun` stands for: a person named before it in its
  /// sentence or the person of a sentence shortly before, else a name of unknown kind found the
  /// same way (`added Digital Rights` before `Macintosh`); no one named when a person named by a
  /// common noun is nearer (`A teacher in Varesh lost her home. “…,” she said`: `unnamedPerson`).
  /// A clause that tells what is done to its subject takes the object of the predicate before it
  /// (`patient(before:)`).
  func person(before pronoun: Int) -> Int? {
    let sentence = Int(tagged.sentenceOf[pronoun])
    let start = tagged.sentences[sentence].tokens.lowerBound
    let paragraph = tagged.sentences[sentence].paragraph
    let gender = pronounGender(pronoun)
    switch patient(before: pronoun) {
    case .named(let actor): return actor
    case .unnamed: return nil
    case nil: break
    }
    if standsForKin(start..<pronoun, gender) || followsCommonPersonSubject(pronoun, from: start)
      || unnamedPerson(before: pronoun) != nil
    {
      return nil
    }
    let opensAsSubject = pronoun == start && (tagged.isWord(pronoun, "he") || tagged.isWord(pronoun, "she"))
    if let continued = opensAsSubject
      ? continuedCenter(before: pronoun, gender: gender) : continuedCenter(after: pronoun, gender: gender)
    {
      return continued
    }
    let named = Self.firstNames(in: Self.namesStart(start, pronoun: pronoun, tagged), tagged: tagged, actors: actors, quotes: quotes)
    for tier in 0..<3 {
      if let actor = named[tier] ?? Self.topic(before: sentence, paragraph: paragraph, in: topics[tier], tagged) {
        if agrees(actor, gender, before: pronoun) { return actor }
        // A name's ending is a guess the text's own pronoun overrules when no one else agrees:
        // `Luka Varga won the race. He had trained …`.
        return mainPersonAgreeing(before: pronoun, gender: gender)
          ?? mainPersonThroughout(before: pronoun, gender: gender, passingNamesOfNoSex: true)
          ?? agreeingPerson(before: pronoun, gender: gender) ?? mainPersonThroughout(before: pronoun, gender: gender)
          ?? (disagreesByEndingOnly(actor, gender, before: pronoun) ? actor : nil)
      }
    }
    return mainPersonThroughout(before: pronoun, gender: gender)
  }

  /// The tokens before `pronoun` from the start of its sentence at `start` whose names it may
  /// stand for: none when an opening participle's phrase ends right before it (`Speaking in the
  /// Commons, she said`, `Asked about Varga, he said`, `Born in Dunmore in 1940, he joined`),
  /// whose subject is the pronoun's own, nor when a prepositional phrase with no verb of its own
  /// does (`In an interview with Varga, he said`): a name inside it is not the subject.
  static func namesStart(_ start: Int, pronoun: Int, _ tagged: TaggedText) -> Range<Int> {
    guard pronoun - 1 > start, tagged.has(pronoun - 1, .comma) else { return start..<pronoun }
    let phrase = (start + 1)..<(pronoun - 1)
    guard !phrase.contains(where: { tagged.has($0, [.comma, .period, .terminal, .semicolon]) }) else {
      return start..<pronoun
    }
    let participle = tagged.upos(start) == .verb
      && (tagged.endsWith(start, "ing") || tagged.endsWith(start, "ed") || tagged.opensWithPastParticiple(start))
    let preposition = tagged.upos(start) == .adp && !phrase.contains(where: { tagged.isFiniteVerb($0) })
    return participle || preposition ? pronoun..<pronoun : start..<pronoun
  }

  /// Whether the nearest subject before `pronoun` in its sentence, with no name between, is a
  /// person named by a common noun (`one firefighter was injured when his truck overturned`, `The
  /// driver said he …`): the pronoun stands for that person, no one named before.
  private func followsCommonPersonSubject(_ pronoun: Int, from start: Int) -> Bool {
    var index = pronoun - 1
    let lowest = max(start, pronoun - Self.clauseReach)
    while index >= lowest {
      if !actors.mentions(in: index..<(index + 1)).isEmpty { return false }
      if tagged.upos(index) == .noun, tagged.isLowercaseWord(index), !tagged.isPluralNoun(index),
        PersonWords.occupations.contains(Substring(tagged.lemma(index).lowercased()))
      {
        var verb = index + 1
        while verb < pronoun, tagged.upos(verb) == .adv { verb += 1 }
        if verb < pronoun, [.verb, .aux].contains(tagged.upos(verb)) { return true }
      }
      index -= 1
    }
    return false
  }

  /// How many words back a pronoun's own clause and the subjects of the clauses it follows are
  /// read: not to the sentence's start, which for every pronoun of a sentence of thousands of
  /// clauses took time growing with the square of its length (15,000 `would meet him on
  /// Wednesday and` in one sentence: 4.0 s, ten times ordinary news).
  static let clauseReach = 40

  /// How many sentences back the story's main person is looked for when no one else is named
  /// between: a profile's paragraphs may go on about its subject for a long way.
  private static let profileReach = 30

  /// The story's main person, when it agrees with the pronoun and no other person (or name of
  /// unknown kind opening with a given name) who agrees is named between its last mention and `pronoun`, within
  /// `profileReach` sentences: an obituary's `She retired in 1998` several paragraphs after her name.
  /// `passingNamesOfNoSex`: only when the main person's given name tells the pronoun's sex, and
  /// past persons between of whom the text tells nothing of the kind (`Arthur Weller` over `Dag
  /// Sorn` for `him`): an unknown name only fails to disagree.
  private func mainPersonThroughout(before pronoun: Int, gender: WordFlags, passingNamesOfNoSex: Bool = false) -> Int? {
    guard let main = mainPerson, agrees(main, gender, before: pronoun),
      !passingNamesOfNoSex || namesSex(of: main, gender)
    else { return nil }
    let lowest = antecedentStart(before: pronoun, sentences: Self.profileReach, scale: 5)
    for mention in actors.mentions(in: lowest..<pronoun).reversed() where isUsable(mention) {
      if mention.actor == main { return main }
      guard isPersonLike(mention) else { continue }
      let blocks =
        passingNamesOfNoSex
        ? isToldToAgree(mention.actor, gender, before: pronoun) : agrees(mention.actor, gender, before: pronoun)
      if blocks { return nil }
    }
    return nil
  }

  /// The story's main person, when it agrees with the pronoun and is named shortly before it: an
  /// obituary's `She was appointed OBE` after a quote whose speaker is a man stands for its subject.
  private func mainPersonAgreeing(before pronoun: Int, gender: WordFlags) -> Int? {
    guard let main = mainPerson, agrees(main, gender, before: pronoun) else { return nil }
    let lowest = antecedentStart(before: pronoun)
    return actors.mentions(in: lowest..<pronoun).contains { $0.actor == main && isUsable($0) } ? main : nil
  }

  /// The nearest person before `pronoun`, within `reach` sentences, whose given name agrees with
  /// it (`isPersonTier`): `John Reid` for `he` in `Helen Marsh married John Reid. He died in 2010.`
  private func agreeingPerson(before pronoun: Int, gender: WordFlags) -> Int? {
    let lowest = antecedentStart(before: pronoun)
    return actors.mentions(in: lowest..<pronoun).reversed().first { mention in
      isUsable(mention) && isPersonTier(mention) && agrees(mention.actor, gender, before: pronoun)
    }?.actor
  }

  /// Whether a mention stands with the persons a pronoun may be: a person, or a name of unknown
  /// kind that opens with a given name or reads, in two proper nouns or more, as a subject (`Emma
  /// Stone and Lucas Grant won`; not a heading's `UNDERSTATEMENT OF THE YEAR`).
  func isPersonTier(_ mention: ActorMention) -> Bool {
    if isPersonLike(mention) { return true }
    let words = mention.tokens.filter { tagged.tokens[$0].kind == .word }
    return actors.actors[mention.actor].kind == .unknown && words.count >= 2
      && words.allSatisfy { tagged.upos($0) == .propn && tagged.isCapitalizedWord($0) } && Self.isSubject(mention.tokens, tagged)
  }

  /// Whether a mention names a person: one of that kind, or a name of unknown kind that opens
  /// with a given name (`Lucas Grant`).
  func isPersonLike(_ mention: ActorMention) -> Bool {
    let kind = actors.actors[mention.actor].kind
    return kind == .person || kind == .unknown && tagged.has(mention.tokens.lowerBound, .givenName)
  }

  /// The topic of the nearest sentence before `sentence` that has one, within `reach` sentences
  /// and `paragraphReach` paragraphs before `paragraph`.
  private static func topic(before sentence: Int, paragraph: Int, in topics: [Int32], _ tagged: TaggedText) -> Int? {
    var index = sentence - 1
    while index >= max(0, sentence - reach), tagged.sentences[index].paragraph >= paragraph - paragraphReach {
      if topics[index] >= 0 { return Int(topics[index]) }
      index -= 1
    }
    return nil
  }

  /// The first name of each tier in `tokens`, outside quotations: a person (or a name of unknown
  /// kind in two words or more that reads as a subject: `Dana Whitfield doubts`), another name of
  /// unknown kind in two words or more (`added Digital Rights`), a one-word name of unknown kind.
  private static func firstNames(
    in tokens: Range<Int>, tagged: TaggedText, actors: DocumentActors, quotes: QuoteScan
  ) -> InlineArray<3, Int?> {
    // Asked once a sentence and once a pronoun: kept inline, no array allocated each time.
    var found = InlineArray<3, Int?>(repeating: nil)
    var owner: Int?
    var qualified: Int?
    let mentions = actors.mentions(in: tokens)
    for (offset, mention) in zip(mentions.indices, mentions)
    where !mention.isModifier && !quotes.isQuoted(mention.tokens.lowerBound) {
      var tier: Int
      switch actors.actors[mention.actor].kind {
      case .person: tier = 0
      // No person is named after `the` (`the Daily Courier reported`): a title, a paper or a body.
      case .unknown where tagged.isWord(mention.tokens.lowerBound - 1, "the"): continue
      case .unknown where mention.tokens.count(where: { tagged.tokens[$0].kind == .word }) >= 2:
        tier = isSubject(mention.tokens, tagged) ? 0 : 1
      case .unknown: tier = 2
      default: continue
      }
      // The name a person's owner or affiliation qualifies is a person's (`Perera's daughter,
      // Sanduni`), and the phrase is about it, not about the owner (`Ortega's widow, Marisol
      // Ortega`, `Valmont president Gérard Moreau`).
      if offset == qualified { tier = 0 }
      if tier == 0, offset + 1 < mentions.endIndex, qualifies(mention.tokens, mentions[offset + 1].tokens, tagged) {
        if owner == nil { owner = mention.actor }
        qualified = offset + 1
        continue
      }
      if found[tier] == nil { found[tier] = mention.actor }
      if tier == 0 { break }
    }
    if found[0] == nil, let owner { found[0] = owner }
    return found
  }

  /// How many words may stand between an affiliation and the name it qualifies: `Valmont
  /// president`, `Apple chief executive`.
  private static let qualifierReach = 3

  /// Whether the name at `name` only qualifies the name at `next`: it owns a noun phrase that the
  /// next name stands beside, past the capitalized title written before it (`Ortega's widow,
  /// Marisol Ortega`, `Velic's successor, Mayor Ivana Rusk`), or only nouns and title words stand
  /// between the two (`Valmont president Gérard Moreau`).
  private static func qualifies(_ name: Range<Int>, _ next: Range<Int>, _ tagged: TaggedText) -> Bool {
    guard tagged.sentenceOf[next.lowerBound] == tagged.sentenceOf[name.lowerBound] else { return false }
    if tagged.isPossessive(after: name.upperBound) {
      var comma = next.lowerBound - 1
      while comma > name.upperBound, next.lowerBound - comma <= qualifierReach, tagged.isCapitalizedWord(comma) { comma -= 1 }
      return tagged.has(comma, .comma) && comma + 1 - name.upperBound <= qualifierReach + 3
    }
    let between = name.upperBound..<next.lowerBound
    return !between.isEmpty && between.count <= qualifierReach
      && between.allSatisfy { tagged.isLowercaseWord($0) && [.noun, .adj].contains(tagged.upos($0)) }
  }

  /// Whether a mention can be what a pronoun stands for: no modifier, no speaker named by a role
  /// alone (a `she` after `one resident` said something is no more that speaker's than a named
  /// woman's; the quote stage gives a role speaker the pronoun right after its words), outside
  /// quotations.
  func isUsable(_ mention: ActorMention) -> Bool {
    !mention.isModifier && !mention.isRoleSpeaker && !quotes.isQuoted(mention.tokens.lowerBound)
  }
}
