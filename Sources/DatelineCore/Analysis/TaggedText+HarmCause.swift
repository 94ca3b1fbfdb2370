/// What a harm was the outcome of: a word that kills or injures is an attack beside armed force
/// and a disaster beside a hazard, and with neither near it takes the kind of the happening that
/// caused it (`A gas explosion killed three workers` and `killed when a boat capsized` are
/// accidents; `A bomb explosion killed two soldiers` stays an attack).
extension TaggedText {
  /// Whether `info` is a harm word: one whose kind its context decides between an attack and a
  /// disaster (`killed`, `injured`, `wounded`).
  func isHarm(_ info: WordInfo) -> Bool {
    info.contextKinds.gives(.attack) && info.contextKinds.gives(.disaster)
  }

  /// The kind of the happening that caused the harm told at `index`: the event noun nearest it in
  /// its subject, past auxiliaries and adverbs (`A gas explosion killed`, `An explosion at a
  /// chemical plant injured`), within `contextReach` words, the event word nearest before the
  /// comma that sets off a harm's participle, within `clauseReach` words (`The boat capsized on
  /// Saturday, killing 12 people`), or the first event word after a preposition of cause or
  /// `when` within `contextReach` words (`killed in a boiler explosion`, `killed when a boat
  /// capsized`), each read in its own context; `other` when what follows `during` is a happening
  /// of no kind (`injured during Saturday's defeat`), and when the agent after `by` is a thing
  /// (`injured by debris`, `hit by a falling branch`): an attack needs an agent that attacks;
  /// nil when there is none or it is of no known kind.
  func causeKind(of index: Int) -> Event.Kind? {
    let sentence = sentences[Int(sentenceOf[index])].tokens
    var subject = index - 1
    while subject > sentence.lowerBound, isLowercaseWord(subject), [.aux, .adv].contains(upos(subject)) { subject -= 1 }
    var word = subject
    while word >= max(sentence.lowerBound, index - Self.contextReach), Self.subjectWords.contains(upos(word)) || readsDeterminedVerb(word) {
      if upos(word) != .adp, upos(word) != .det, let kind = happeningKind(at: word, harmToo: true) { return kind }
      word -= 1
    }
    if subject > sentence.lowerBound, has(subject, .comma), endsWith(index, "ing") {
      let reach = max(sentence.lowerBound, subject - Self.clauseReach)
      for before in stride(from: subject - 1, through: reach, by: -1) where isEventWord(before) {
        return happeningKind(at: before, harmToo: true)
      }
    }
    var opener: Int?
    for after in (index + 1)..<max(index + 1, min(sentence.upperBound, index + Self.contextReach + 1)) {
      if opensCause(after) {
        opener = after
      } else if opener != nil, let kind = happeningKind(at: after) {
        return kind
      } else if let opener, isWord(opener, "during"), isPlainHead(after) {
        return .other
      } else if let opener, isWord(opener, "by"), isThingAgent(after, harm: index) {
        return .other
      } else if ![.det, .adj, .noun, .propn, .num, .adv, .aux, .pron].contains(upos(after)), !isPossessiveMark(after),
        !isParticipleBeforeNoun(after)
      {
        opener = nil
      }
    }
    return nil
  }

  /// How many words at the end of the sentence before a harm are read for what caused it.
  static let previousSentenceReach = 40

  /// The classes among `classes` of the class word, no name, nearest the end of the sentence
  /// before the one of the harm at `index`, within `previousSentenceReach` words: a harm told
  /// with no cause takes the one the story just told (`An earthquake struck the north on
  /// Monday. More than 900 people were injured, officials said.` is a disaster).
  func previousSentenceContext(before index: Int, classes: UInt16) -> UInt16? {
    let current = Int(sentenceOf[index])
    guard current > 0 else { return nil }
    let previous = sentences[current - 1].tokens
    guard !previous.isEmpty else { return nil }
    for word in stride(from: previous.upperBound - 1, through: max(previous.lowerBound, previous.upperBound - Self.previousSentenceReach), by: -1) {
      if let bits = contextClasses(word, classes & ~ContextKinds.nameClass) { return bits }
    }
    return nil
  }

  /// Whether the word at `index` heads, as a lowercase common noun that is no time, the noun
  /// phrase of a happening that names no kind of event and no class of context: what a harm came
  /// about `during` (`injured during Saturday's defeat`, `hurt during training`) is then no
  /// attack, unlike one during a happening of a kind (`killed during clashes`).
  private func isPlainHead(_ index: Int) -> Bool {
    upos(index) == .noun && isLowercaseWord(index) && timeOf[index] < 0 && upos(index + 1) != .noun
      && infos[index].contextClasses == 0 && eventInfo(index) == nil
  }

  /// Whether the word at `index` heads, as a lowercase common noun that is no time, a noun phrase
  /// that names a thing: one a participle describes (`hit by a falling branch`, `by falling
  /// ice`) or a bare noun right after `by` with no ending of one who does (`injured by debris`,
  /// not `by rioters`), that names no organization,
  /// group, title or happening, and nothing beside which the harm at `harm` is an attack (unlike
  /// `by shrapnel`). A determiner with no participle may stand before a person (`by a man`).
  private func isThingAgent(_ index: Int, harm: Int) -> Bool {
    guard upos(index) == .noun, isLowercaseWord(index), timeOf[index] < 0, upos(index + 1) != .noun, eventInfo(index) == nil,
      !has(index, [.kindNoun, .titleStart, .officeStart]),
      isParticipleBeforeNoun(index - 1) || isWord(index - 1, "by") && !Self.agentEndings.contains(where: { endsWith(index, $0) })
    else { return false }
    let classes = infos[index].contextClasses
    guard classes != 0, let info = eventInfo(harm) else { return true }
    return info.contextKinds.kind(beside: classes) != .attack
  }

  /// Endings of nouns for those who do something (`rioters`, `gunmen`), which may attack.
  private static let agentEndings: [StaticString] = ["er", "ers", "or", "ors", "ist", "ists", "men"]

  /// Whether the word at `index` is a participle, read as a verb, an adjective or (in `-ing`) a
  /// noun, before the noun it describes (`a falling branch`, `a collapsed roof`): inside the noun
  /// phrase of a cause.
  private func isParticipleBeforeNoun(_ index: Int) -> Bool {
    guard isLowercaseWord(index), upos(index + 1) == .noun else { return false }
    if upos(index) == .noun { return endsWith(index, "ing") }
    return [.verb, .adj].contains(upos(index)) && (endsWith(index, "ing") || endsWith(index, "ed"))
  }

  /// Whether the token at `index` is the mark or the `s` of a possessive written onto a word
  /// (`Saturday's`), which stays inside the noun phrase of a cause.
  private func isPossessiveMark(_ index: Int) -> Bool {
    has(index, [.closeSingle, .straightSingle]) && isGlued(index) || isWord(index, "s") && isGlued(index)
  }

  /// Whether the word at `index`, read as a verb, follows a determiner: a noun (`A blast at a
  /// warehouse killed`).
  private func readsDeterminedVerb(_ index: Int) -> Bool {
    upos(index) == .verb && index > 0 && has(index - 1, .determiner)
  }

  /// How far before the comma of a harm's participle the clause's event word is looked for.
  static let clauseReach = 16

  /// The parts of speech of a subject's noun phrase and the phrases after its head (`An
  /// explosion at a chemical plant`).
  private static let subjectWords: Set<UPOS> = [.det, .adj, .noun, .propn, .num, .adp, .pron]

  /// Whether the word at `index` is a lowercase noun or verb with an event kind of its own or
  /// by its lemma.
  private func isEventWord(_ index: Int) -> Bool {
    eventInfo(index) != nil
  }

  /// The lexicon's entry for the lowercase noun or verb at `index`, or for its lemma, when it
  /// names an event kind.
  private func eventInfo(_ index: Int) -> WordInfo? {
    guard isLowercaseWord(index), [.noun, .verb].contains(upos(index)) else { return nil }
    let own = infos[index].eventKind != nil ? infos[index] : lexicon.words.value(forWord: lemma(index))
    return own?.eventKind != nil ? own : nil
  }

  /// The kind of the event word at `index`, read in its own context (a harm only beside its class
  /// words, not by a cause of its own: one harm's cause is not looked for through another's);
  /// nil for `other` or none, and for a harm word unless `harmToo` (only a cause before the harm
  /// may be one: `The earthquake struck at dawn, killing 23`).
  private func happeningKind(at index: Int, harmToo: Bool = false) -> Event.Kind? {
    guard let info = eventInfo(index), harmToo || !isHarm(info),
      let kind = kind(of: info, at: index, seekingCause: false), kind != .other
    else { return nil }
    return kind
  }
}
