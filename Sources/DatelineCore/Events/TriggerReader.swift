/// Reads event words in context: whether a trigger is used as a verb that carries an event
/// (`militiamen encircled`, not `to kill`), what a light verb's object names (`held elections`),
/// the date inside a noun phrase (`the Nov. 7 attack`), and definite references (`the attack`).
struct TriggerReader {
  let tagged: TaggedText

  /// Whether the trigger at `index` is a verb that tells something happened.
  func isEventVerb(_ index: Int) -> Bool {
    guard tagged.has(index, [.triggerVerb, .lightVerb]), tagged.timeOf[index] < 0 else { return false }
    guard tagged.isLowercaseWord(index) || tagged.isSentenceInitial(index), !tagged.isParticipleModifier(index) else {
      return false
    }
    let previous = index - 1
    if tagged.has(previous, [.determiner, .modal, .quantifier]) || tagged.isWord(previous, "to") { return false }
    if tagged.has(previous, [.closeSingle, .straightSingle]) || tagged.isWord(previous, "s") && tagged.isGlued(previous)
    {
      return false
    }
    if tagged.endsWith(index, "ing") {
      return tagged.has(previous, .auxiliary) || tagged.isWord(previous, "by") || tagged.isWord(previous, "after")
    }
    guard tagged.has(index, .triggerNoun) else { return true }
    return tagged.has(previous, [.auxiliary, .groupPronoun, .personPronoun]) || tagged.isCapitalizedWord(previous)
      || tagged.endsWith(index, "ed")
  }

  /// Whether the word at `index` is the verb of a clause that tells a happening, by its part of
  /// speech: a verb (not an auxiliary alone), neither an infinitive (`to launch`) nor under a
  /// modal (`could launch`), nor a participle used as an adjective (`the announced phone`) or
  /// without an auxiliary (`hoping`). Without an auxiliary, neither a plain present (`you
  /// write`), nor `have` (`Orton has little doubt`), nor a present or a verb of intent before an
  /// infinitive (`want to attack`, `wanted to attack`; but `failed to agree` and `has chosen to
  /// step down` tell a happening), nor a present of the
  /// third person other than a report (`red stands out`; but `Jobs says`).
  func isClauseVerb(_ index: Int) -> Bool {
    guard tagged.upos(index) == .verb, tagged.startsWord(index), tagged.timeOf[index] < 0 else { return false }
    guard tagged.isLowercaseWord(index) || tagged.isSentenceInitial(index), !tagged.isParticipleModifier(index) else {
      return false
    }
    // The second half of a hyphenated compound is an adjective: `Iran-backed`, `state-run`.
    if tagged.isGlued(index), tagged.has(index - 1, [.hyphen, .dash]), tagged.isGlued(index - 1) {
      return false
    }
    var previous = index - 1
    while previous >= 0,
      tagged.upos(previous) == .adv || tagged.upos(previous) == .part && !tagged.isWord(previous, "to")
    {
      previous -= 1
    }
    if tagged.isWord(previous, "to") { return isScheduled(previous) || isPastAbility(previous) }
    if tagged.has(previous, .modal) { return false }
    switch tagged.upos(previous) {
    case .det, .adp: return false
    // A capitalized adjective inside a name is not one before a noun: `the Industrial Average fell`.
    // An adjective right after the subject is an adverb of time the tagger misread (`The river
    // last flooded in 1982`, `the paper first reported`), not one of a noun phrase; but a
    // participle before a noun is one (`process local buffered queues`).
    case .adj where tagged.isLowercaseWord(previous) || tagged.isSentenceInitial(previous):
      guard isAfterSubject(previous), ![.noun, .propn, .adj].contains(tagged.upos(index + 1)) else { return false }
    default: break
    }
    if tagged.endsWith(index, "ing") && tagged.upos(previous) != .aux { return false }
    guard tagged.upos(previous) != .aux else { return true }
    // `compared with` (or `to`) sets a figure beside another (`a loss of 4 million, compared with
    // a profit a year earlier`; `Sales of 9 million compared with 8 million`): no happening.
    if tagged.isWord(index, "compared"), tagged.isWord(index + 1, "with") || tagged.isWord(index + 1, "to") { return false }
    // The lemma is read once: each reading builds a string.
    let lemma = tagged.lemma(index)
    // A past form the training data never saw keeps its own spelling as its lemma (`sank`).
    let unseenPast = tagged.has(index, .pastVerb) && tagged.usualTag(index) == nil
    if lemma == "have"
      || tagged.isWrittenAsLemma(index, lemma: lemma) && !isPastAfterSingular(index, subject: previous)
        && !isSpeechAfterPlural(index, subject: previous) && !unseenPast
    {
      return false
    }
    if isPresentOfThirdPerson(index, lemma: lemma), !tagged.has(index, .speechVerb) { return false }
    guard tagged.isWord(index + 1, "to"), tagged.upos(index + 2) == .verb else { return true }
    // A past told with an infinitive is a happening (`failed to agree`, `voted to close`), unless
    // its verb tells a wish or a seeming, which only the infinitive's happening would make news.
    let isPast = tagged.has(index, .pastVerb) || tagged.endsWith(index, "ed")
    return isPast && !Self.attitudeVerbs.contains(lemma)
  }

  /// Whether the adjective at `index` follows a noun, a name or a subject pronoun: the subject of
  /// the verb after the adjective, which then stands where only an adverb can (`Sales last rose`,
  /// `She first ran in 2019`; not `the long delayed bridge`).
  private func isAfterSubject(_ index: Int) -> Bool {
    let subject = index - 1
    guard subject >= 0, tagged.sentenceOf[subject] == tagged.sentenceOf[index] else { return false }
    switch tagged.upos(subject) {
    case .noun, .propn: return true
    case .pron: return tagged.has(subject, .personPronoun) || tagged.has(subject, .groupPronoun)
    default: return false
    }
  }

  /// Verbs that take an infinitive to tell an attitude, a seeming or a purpose, not a happening
  /// (`wanted to attack`, `seemed to slow`, `used to own`, `a drug designed to help`), or a going
  /// on whose infinitive tells the happening (`continued to fall`).
  private static let attitudeVerbs: Set<String> = [
    "want", "hope", "wish", "plan", "intend", "aim", "seek", "expect", "need", "seem", "appear", "tend",
    "use", "like", "love", "prefer", "mean", "deserve", "dare", "happen", "have", "ought", "prepare",
    "design", "suppose", "schedule", "set", "continue",
  ]

  /// Whether `to` at `index` follows `is` or `are` right after a name, a pronoun or a noun for
  /// an actor: the news way of telling what is decided (`Norbridge is to close its plant`, `the
  /// council are to vote`), not a complement (`the plan is to sell`, `what is to come`).
  private func isScheduled(_ to: Int) -> Bool {
    guard to >= 2, tagged.isWord(to - 1, "is") || tagged.isWord(to - 1, "are") else { return false }
    let subject = to - 2
    return tagged.upos(subject) == .propn || tagged.has(subject, [.personPronoun, .groupPronoun])
      || tagged.upos(subject) == .noun && tagged.has(subject, .kindNoun)
  }

  /// Whether `to` at `index` follows `was able` or `were able`: an ability told in the past is
  /// told because it was used (`firefighters were able to contain the blaze`).
  private func isPastAbility(_ to: Int) -> Bool {
    to >= 2 && tagged.isWord(to - 1, "able") && (tagged.isWord(to - 2, "was") || tagged.isWord(to - 2, "were"))
  }

  /// Whether the verb at `index` is its lemma with `s` or `es` added: `stands`, `reaches`.
  private func isPresentOfThirdPerson(_ index: Int, lemma: String) -> Bool {
    guard tagged.endsWith(index, "s"), !tagged.endsWith(index, "ss") else { return false }
    let lemma = Array(lemma.utf8)
    let token = tagged.tokens[index]
    let extra = Int(token.length) - lemma.count
    guard extra == 1 || extra == 2 else { return false }
    for offset in lemma.indices where tagged.analysis.text[Int(token.start) + offset].asciiLowercased != lemma[offset] {
      return false
    }
    return true
  }

  /// Whether a speech verb in its base form tells what a plural noun right before it says, with
  /// `that` or a clause after it: `Officials say the bridge is safe`, `forecasters warn that …`
  /// (not `the games tell us much`, nor `add` and the like, which have other senses).
  private func isSpeechAfterPlural(_ index: Int, subject: Int) -> Bool {
    guard tagged.has(index, .speechVerb), !tagged.has(index, .speechWithOtherSenses), subject >= 0,
      tagged.upos(subject) == .noun, tagged.endsWith(subject, "s"), !tagged.endsWith(subject, "ss")
    else { return false }
    let end = tagged.sentences[Int(tagged.sentenceOf[index])].tokens.upperBound
    return tagged.isWord(index + 1, "that") || ReportedClause.opensClause(at: index + 1, before: end, tagged)
  }

  /// Whether a verb whose past is its base form (`beat`, `cut`) is past here: a singular noun or a
  /// name right before it would have taken `-s` in the present (`Kingsmere beat Dunmore`).
  private func isPastAfterSingular(_ index: Int, subject: Int) -> Bool {
    // `let` and `set` mostly start something else: `let’s start`, `a film set in Paris`.
    guard tagged.has(index, .pastVerb), subject >= 0, !tagged.isWord(index, "let"), !tagged.isWord(index, "set")
    else { return false }
    switch tagged.upos(subject) {
    case .propn: return true
    case .noun: return !tagged.endsWith(subject, "s")
    default: return false
    }
  }

  /// The trigger noun a light verb at `verb` takes as its object (`held parliamentary elections`,
  /// `carried out similar drone attacks`, `released a statement`), past an owner's possessive
  /// (`won Sunday's parliamentary election`).
  func object(ofLightVerb verb: Int, limit: Int) -> Int? {
    var end = min(limit, verb + 6)
    var index = verb + 1
    while index < end {
      if tagged.has(index, .triggerNoun), tagged.isLowercaseWord(index) { return index }
      // A hyphenated compound counts as one word: `given an 18-month suspended sentence`.
      if tagged.has(index, .hyphen), tagged.isGlued(index), tagged.isGlued(index + 1) {
        end = min(limit, end + 2)
        index += 1
        continue
      }
      if index > verb + 1, tagged.isPossessive(after: index) {
        index += 2
        continue
      }
      if tagged.tokens[index].kind == .punctuation
        || tagged.has(index, [.preposition, .relative, .auxiliary]) && !tagged.isWord(index, "out")
      {
        return nil
      }
      index += 1
    }
    return nil
  }

  /// The temporal expression inside the noun phrase of the trigger noun at `noun`: before it
  /// (`the Nov. 7 attack`, `the 2018 elections`) or right after it (`the attack on Nov. 7`); a
  /// time that owns the phrase (`Sunday's election`) when the `clause` around it tells another
  /// time of its own (`halted the count in Sunday's election on Monday`), where the phrase is
  /// not the clause's occasion (`Sunday's strike killed two`).
  func nounPhraseDate(of noun: Int, in clause: Range<Int>) -> Int? {
    var index = noun - 1
    while index >= 0, index >= noun - 3, tagged.isLowercaseWord(index), !tagged.has(index, .functionWord) {
      if index >= 2, tagged.isPossessive(after: index - 1), tagged.timeOf[index - 2] >= 0 {
        let owner = tagged.timeOf[index - 2]
        return clause.contains { tagged.timeOf[$0] >= 0 && tagged.timeOf[$0] != owner } ? Int(owner) : nil
      }
      index -= 1
    }
    if index >= 0, tagged.timeOf[index] >= 0 {
      let time = Int(tagged.timeOf[index])
      var start = index
      while start > 0, tagged.timeOf[start - 1] == tagged.timeOf[index] { start -= 1 }
      if start == 0 || tagged.has(start - 1, [.determiner, .closeSingle]) || tagged.isWord(start - 1, "s") {
        return time
      }
    }
    let after = noun + 1
    if tagged.isWord(after, "on") || tagged.isWord(after, "of") || tagged.isWord(after, "in"),
      after + 1 < tagged.tokens.count, tagged.timeOf[after + 1] >= 0
    {
      return Int(tagged.timeOf[after + 1])
    }
    return nil
  }

  /// Whether the temporal expression on `tokens` modifies a noun instead of the clause: a
  /// possessive (`this year’s conference`, `Sunday’s vote`) or a word inside a noun phrase after
  /// a determiner or possessive (`the company’s 2010 conference`, `its 2011 budget`), or one
  /// written as a hyphenated adjective before a common noun (`first-quarter profit`). Such an
  /// expression names what the noun is, not when the clause happened. Up to two adjectives may
  /// stand after the determiner (`its highest June temperature`, `the first January sales`).
  func modifiesNoun(_ tokens: Range<Int>) -> Bool {
    let after = tokens.upperBound
    if tagged.has(after, [.closeSingle, .straightSingle]), tagged.isWord(after + 1, "s") { return true }
    if isHyphenated(tokens), tagged.tokens.indices.contains(after), tagged.timeOf[after] < 0,
      tagged.upos(after) == .noun
    {
      return true
    }
    var before = tokens.lowerBound - 1
    if before >= 0, tagged.timeOf[before] < 0, tagged.upos(before) == .adj, tagged.isLowercaseWord(before) { before -= 1 }
    if before >= 0, tagged.timeOf[before] < 0, tagged.upos(before) == .adj, tagged.isLowercaseWord(before) { before -= 1 }
    let opensPhrase =
      tagged.has(before, .determiner) && !tagged.isWord(before, "that")
      || tagged.isWord(before, "s") && tagged.has(before - 1, [.closeSingle, .straightSingle])
    guard opensPhrase, tagged.tokens.indices.contains(after), tagged.timeOf[after] < 0 else { return false }
    return [.noun, .propn, .adj].contains(tagged.upos(after))
  }

  /// Whether `tokens` are words joined by a hyphen with no space around it (`first-quarter`,
  /// `full-year`): a compound written as an adjective.
  private func isHyphenated(_ tokens: Range<Int>) -> Bool {
    tokens.dropFirst().dropLast().contains {
      tagged.has($0, .hyphen) && !tagged.tokens[$0].isSpaced && !tagged.tokens[$0 + 1].isSpaced
    }
  }

  /// Whether the trigger noun at `noun` heads a definite noun phrase (`the attack`, `this
  /// attack`, `the Nov. 7 attack`, `the drone attack`, `Tehran’s attack`) — and is a noun there:
  /// `this strikes me as …` is a verb.
  func isDefinite(_ noun: Int) -> Bool {
    if tagged.has(noun + 1, [.determiner, .pronoun, .personPronoun]), !tagged.isWord(noun + 1, "that") { return false }
    var index = noun - 1
    var steps = 0
    while index >= 0, steps < 4 {
      if tagged.isWord(index, "the") || tagged.isWord(index, "this") || tagged.isWord(index, "that")
        || tagged.isWord(index, "these") || tagged.isWord(index, "those")
      {
        return true
      }
      if tagged.isWord(index, "s"), tagged.has(index - 1, [.closeSingle, .straightSingle]) { return true }
      if tagged.has(index, .otherEvent) { return false }
      let isModifier =
        (tagged.tokens[index].kind == .word && !tagged.has(index, .functionWord))
        || tagged.timeOf[index] >= 0 || tagged.has(index, WordFlags.quoteMark)
        || (tagged.has(index, .period) && index > 0 && tagged.timeOf[index - 1] >= 0)
      guard isModifier else { return false }
      index -= 1
      steps += 1
    }
    return false
  }

  /// Whether the trigger at `index` is written in the plural (`attacks`, `elections`).
  func isPlural(_ index: Int) -> Bool {
    tagged.endsWith(index, "s") && !tagged.endsWith(index, "ss")
  }
}
