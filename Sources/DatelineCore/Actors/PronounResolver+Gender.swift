/// The sex a pronoun names and the evidence a person's name and its context give of theirs.
extension PronounResolver {
  /// The gender `he`/`him`/`his` (male) or `she`/`her` (female) gives, as a name flag.
  func pronounGender(_ pronoun: Int) -> WordFlags {
    ["she", "her", "hers", "herself"].contains { tagged.isWord(pronoun, $0) } ? .femaleName : .maleName
  }

  /// Whether the actor's given name does not belong to the other gender, nor a word that names
  /// its bearer's sex right before one of its mentions shortly before `pronoun` (`her husband,
  /// the painter Joost van Reede`), nor a `he` or `she` told of it since (`pronounCue`).
  func agrees(_ actor: Int, _ gender: WordFlags, before pronoun: Int, byPronouns: Bool = true) -> Bool {
    let other: WordFlags = gender == .femaleName ? .maleName : .femaleName
    if let cue = sexCue(of: actor, before: pronoun) { return cue != other }
    guard let first = firstWord(of: actor) else { return true }
    let flags = nameSex(of: actor)
    if flags.contains(other) { return false }
    if flags.contains(gender) { return true }
    if byPronouns, let cue = pronounCue(of: actor, before: pronoun) { return cue != other }
    guard isGivenNameWord(first) else { return true }
    return Self.endingGender(of: first) != other
  }

  /// Whether the text tells that the actor is of the pronoun's sex, not only that nothing says
  /// otherwise: a word of sex before a mention, a given name of that sex, or a `he` or `she`
  /// told of it since (`Maria Lind`, not `Aune`, for `her`).
  func isKnownToAgree(_ actor: Int, _ gender: WordFlags, before pronoun: Int) -> Bool {
    if let cue = sexCue(of: actor, before: pronoun) { return cue == gender }
    guard firstWord(of: actor) != nil else { return false }
    if nameSex(of: actor).contains(gender) { return true }
    return pronounCue(of: actor, before: pronoun) == gender
  }

  /// Whether the actor agrees with `gender` by more than an unknown name: a given name of that
  /// sex or a word of sex before one of its mentions shortly before `pronoun` (`Mr Dag Sorn`).
  func isToldToAgree(_ actor: Int, _ gender: WordFlags, before pronoun: Int) -> Bool {
    if let cue = sexCue(of: actor, before: pronoun) { return cue == gender }
    return namesSex(of: actor, gender)
  }

  /// Whether the lexicon knows the actor's given name as one of the sex `gender`: `Marta`.
  func namesSex(of actor: Int, _ gender: WordFlags) -> Bool {
    nameSex(of: actor).contains(gender)
  }

  /// The male or female name flag the lexicon gives the first word of the actor's name, read once
  /// for the document (`nameSexes`) for an actor known when the resolver was made.
  private func nameSex(of actor: Int) -> WordFlags {
    actor < nameSexes.count ? nameSexes[actor] : Self.nameSex(of: actors.actors[actor].name, tagged)
  }

  /// The male or female name flags the lexicon gives the first word of each actor's name.
  static func nameSexes(of actors: DocumentActors, _ tagged: TaggedText) -> [WordFlags] {
    actors.actors.map { nameSex(of: $0.name, tagged) }
  }

  /// The male or female name flags the lexicon gives the first word of `name`.
  private static func nameSex(of name: String, _ tagged: TaggedText) -> WordFlags {
    let first = name.prefix { $0 != " " }
    guard !first.isEmpty, let flags = tagged.lexicon.words.value(forWord: first)?.flags else { return [] }
    return flags.intersection([.maleName, .femaleName])
  }

  /// The first word of the actor's name (its given name, for a person), read without splitting
  /// the whole name: asked for every candidate of every pronoun.
  private func firstWord(of actor: Int) -> Substring? {
    let word = actors.actors[actor].name.prefix { $0 != " " }
    return word.isEmpty ? nil : word
  }

  /// How many words before a pronoun, and how many `he` or `she` among them, are read for what
  /// the text has called an actor since its last mention.
  private static let pronounCueReach = (words: 240, pronouns: 3)

  /// The sex a `he` or `she` outside quotations names, told after the actor's last mention shortly
  /// before `pronoun`, when the nearest person before it that agrees by name and cue is the actor:
  /// `Dr Samir Patel apologised to Mrs Ellison's family. “…,” he said.` makes Patel a man, so
  /// `Her son` after it is no son of his.
  private func pronounCue(of actor: Int, before pronoun: Int) -> WordFlags? {
    let lowest = antecedentStart(before: pronoun)
    guard let last = actors.mentions(in: lowest..<pronoun).last(where: { $0.actor == actor && isUsable($0) }) else {
      return nil
    }
    let window = max(lowest, pronoun - Self.pronounCueReach.words)
    var index = pronoun - 1
    var read = 0
    while index >= max(last.tokens.upperBound, window), read < Self.pronounCueReach.pronouns {
      defer { index -= 1 }
      guard tagged.isWord(index, "he") || tagged.isWord(index, "she"), !quotes.isQuoted(index) else { continue }
      read += 1
      let gender = pronounGender(index)
      // A person whose given name tells the pronoun's sex outranks a nearer one whose name tells
      // nothing (`Marta Lind … Her colleague Per Aune said the guides she wrote`): an unknown
      // name only fails to disagree.
      var nearest: Int?
      for mention in actors.mentions(in: window..<index).reversed() where isUsable(mention) && isPersonTier(mention) {
        let named = namesSex(of: mention.actor, gender)
        guard named || nearest == nil, agrees(mention.actor, gender, before: index, byPronouns: false) else { continue }
        nearest = named || nearest == nil ? mention.actor : nearest
        if named { break }
      }
      if nearest == actor { return gender }
    }
    return nil
  }

  /// Whether only the ending of the actor's given name sets it apart from `gender`, and the
  /// actor is named in the pronoun's sentence or the one before: no lexicon and no word of sex
  /// before its mentions says either way (`Luka` read as a woman's name by its `-a`).
  func disagreesByEndingOnly(_ actor: Int, _ gender: WordFlags, before pronoun: Int) -> Bool {
    let other: WordFlags = gender == .femaleName ? .maleName : .femaleName
    let sentence = Int(tagged.sentenceOf[pronoun])
    let lowest = tagged.sentences[max(0, sentence - 1)].tokens.lowerBound
    guard actors.mentions(in: lowest..<pronoun).contains(where: { $0.actor == actor && isUsable($0) }),
      sexCue(of: actor, before: pronoun) == nil, let first = firstWord(of: actor)
    else { return false }
    let flags = nameSex(of: actor)
    return !flags.contains(other) && !flags.contains(gender) && isGivenNameWord(first)
      && Self.endingGender(of: first) == other
  }

  /// Whether the first word of a name may be a given name, whose ending tells its bearer's sex:
  /// not a word the tagger's training text knows as a common one, nor a word of kinship or sex
  /// (`Mama Robotnik`, a pen name, tells nothing of its bearer by `Mama`).
  private func isGivenNameWord(_ word: Substring) -> Bool {
    let lowered = word.lowercased()
    guard Self.sexWords[lowered] == nil else { return false }
    let usual = tagged.tagger.usualTag(of: Array(lowered.utf8), 0..<lowered.utf8.count)
    return usual == nil || usual == .propn
  }

  /// The sex the ending of a given name the lexicon does not know suggests: `-a` mostly a
  /// woman's (`Carla`, `Giulia`), `-o` mostly a man's (`Enzo`, `Paolo`), but for the names of
  /// the other sex or of both that end so (`Luca`, `Ilya`, `Margo`, `-ko`: `Yoko`, `Marko`).
  static func endingGender(of name: Substring) -> WordFlags? {
    let lowered = name.lowercased()
    guard lowered.utf8.count >= 3, lowered.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }),
      !unmarkedEndings.contains(lowered)
    else {
      return nil
    }
    if lowered.hasSuffix("a") { return .femaleName }
    if lowered.hasSuffix("o"), !lowered.hasSuffix("ko") { return .maleName }
    return nil
  }

  /// Given names whose ending says nothing of their bearer's sex: men's names in `-a`, women's
  /// in `-o`, and names used for both.
  private static let unmarkedEndings: Set<String> = [
    "luca", "joshua", "noah", "jonah", "ezra", "elijah", "mustafa", "musa", "isa", "attila", "kosta", "akira",
    "aditya", "krishna", "surya", "ilya", "nikita", "sasha", "misha", "dana", "andrea", "nicola", "kuba", "margo",
    "juno", "cleo", "jo", "flo",
  ]

  /// Words that name their bearer's sex as they stand before a name: the nouns of kinship
  /// (`husband`, `widow`), honorifics (`Mr`, `Ms`) and titles (`spokeswoman`, `Dame`).
  static let sexWords: [String: WordFlags] = kinWords.merging(
    ["mr", "sir", "lord", "king", "prince", "spokesman", "chairman", "businessman"].map { ($0, WordFlags.maleName) }
      + ["mrs", "ms", "miss", "dame", "lady", "queen", "princess", "spokeswoman", "chairwoman", "businesswoman", "actress"]
      .map { ($0, WordFlags.femaleName) }
  ) { kin, _ in kin }

  /// The sex a word within five words before a mention of `actor` in its sentence names, for
  /// its mentions within `reach` sentences before `pronoun`: the nearest such word, with no other
  /// name between (`Mr Kowalski met Ms Novak`: `Ms` is Novak's, `Mr` is not).
  private func sexCue(of actor: Int, before pronoun: Int) -> WordFlags? {
    let lowest = antecedentStart(before: pronoun)
    let mentions = actors.mentions(in: lowest..<pronoun)
    for (offset, mention) in zip(mentions.indices, mentions) where mention.actor == actor {
      let start = mention.tokens.lowerBound
      var first = max(tagged.sentences[Int(tagged.sentenceOf[start])].tokens.lowerBound, start - 5)
      if offset > mentions.startIndex { first = max(first, mentions[offset - 1].tokens.upperBound) }
      for index in (first..<start).reversed() where tagged.tokens[index].kind == .word {
        let word = tagged.string(tokens: index..<(index + 1)).lowercased()
        if let sex = Self.sexWords[word] { return sex }
      }
      if let cue = possessiveCue(after: mention, in: mentions) { return cue }
    }
    return nil
  }

  /// How many words after a subject its own possessive is looked for: `Jordan Lee lost her job`.
  private static let possessiveReach = 8

  /// The sex the possessive `his` or `her` (before a noun: `her job`, not `thanked her`) names
  /// when it follows the name that opens its sentence as the subject, outside quotations, with no
  /// other name between: `Jordan Lee lost her job` says Jordan Lee is a woman.
  private func possessiveCue(after mention: ActorMention, in mentions: ArraySlice<ActorMention>) -> WordFlags? {
    let sentence = tagged.sentences[Int(tagged.sentenceOf[mention.tokens.lowerBound])]
    guard isUsable(mention), Self.isSubject(mention.tokens, tagged),
      !mentions.contains(where: {
        $0.tokens.lowerBound >= sentence.tokens.lowerBound && $0.tokens.lowerBound < mention.tokens.lowerBound
      })
    else { return nil }
    let end = min(sentence.tokens.upperBound, mention.tokens.upperBound + Self.possessiveReach)
    let next = mentions.first { $0.tokens.lowerBound >= mention.tokens.upperBound }?.tokens.lowerBound ?? end
    for index in mention.tokens.upperBound..<min(end, next) {
      if quotes.isQuoted(index) || tagged.has(index, WordFlags.quoteMark) { return nil }
      if tagged.isWord(index, "his") { return .maleName }
      if tagged.isWord(index, "her") {
        return [.noun, .adj, .num].contains(tagged.upos(index + 1)) ? .femaleName : nil
      }
    }
    return nil
  }
}
