/// The words around a speaker phrase: where the phrase starts and ends, and what its words are
/// (a modifier, an oblique or a title's complement, a spokesperson, an institution, an adverb).
extension SpeakerPhrase {
  /// Whether the name ending before `end` modifies what follows it: a possessive `’s`, a noun or
  /// a title (`Jefferies analyst`, `Rolling Fork Mayor`).
  func modifiesNoun(_ end: Int, before limit: Int) -> Bool {
    var end = end
    if end < limit, tagged.has(end, .period), tagged.isGlued(end) { end += 1 }
    guard end < limit else { return false }
    if tagged.isPossessive(after: end) { return true }
    // A trade in `-ing` before the noun: `the Belmarkian farming union`.
    if end + 1 < limit, tagged.isLowercaseWord(end), tagged.endsWith(end, "ing"), tagged.upos(end + 1) == .noun {
      return true
    }
    return tagged.tokens[end].kind == .word
      && ([.noun, .propn].contains(tagged.upos(end)) || tagged.has(end, .titleStart))
  }

  /// Where the phrase that ends before `end` starts: after the nearest comma, verb, pronoun,
  /// conjunction of clauses or quotation mark before it, but not before `start`.
  func phraseStart(endingAt end: Int, from start: Int) -> Int {
    var index = end
    while index > start, isPhraseToken(index - 1) { index -= 1 }
    // A name the phrase cuts into is all in it.
    let straddling = actors.mentions(in: start..<index).last { $0.tokens.upperBound > index }
    return straddling.map { min(index, $0.tokens.lowerBound) } ?? index
  }

  /// Where the phrase that starts at `start` ends, before `end`.
  func phraseEnd(from start: Int, end: Int) -> Int {
    var index = start
    while index < end, isPhraseToken(index) { index += 1 }
    return index
  }

  /// Whether token `index` is a participle the tagger read as a verb that modifies the common
  /// noun after it: `retired teacher Omar Haddad`, `acting director Ana Silva`.
  private func isParticipleBeforeNoun(_ index: Int) -> Bool {
    tagged.upos(index) == .verb && tagged.isLowercaseWord(index) && (tagged.endsWith(index, "ed") || tagged.endsWith(index, "ing"))
      && tagged.upos(index + 1) == .noun && tagged.isLowercaseWord(index + 1)
  }

  /// Whether token `index` may stand inside a noun phrase: a name, title or common noun with its
  /// determiners, adjectives, numbers and prepositions, a possessive, the period of `U.S.`; not a
  /// verb (a capitalized word may be a name the tagger took for one: `Mark`), a pronoun or an
  /// adverb.
  func isPhraseToken(_ index: Int) -> Bool {
    guard !quotes.isQuoted(index) else { return false }
    let token = tagged.tokens[index]
    switch token.kind {
    case .number: return true
    case .word:
      if tagged.isPossessive(after: index - 1) { return true }
      let upos = tagged.upos(index)
      if upos == .pron || upos == .sconj { return false }
      if isParticipleBeforeNoun(index) { return true }
      return token.isCapitalized || ![.verb, .aux, .adv, .part, .intj].contains(upos)
    default:
      if tagged.isPossessive(after: index) || isPluralOwnersMark(index) { return true }
      if tagged.has(index, .period) {
        return tagged.isGlued(index) && index > 0 && tagged.tokens[index - 1].kind == .word
      }
      return tagged.has(index, [.hyphen, .ampersand]) && tagged.isGlued(index)
    }
  }

  /// Whether token `index` is the apostrophe glued after a plural owner before the noun it owns:
  /// `farmers’` in `the farmers’ union`.
  private func isPluralOwnersMark(_ index: Int) -> Bool {
    index >= 1 && tagged.has(index, [.closeSingle, .straightSingle]) && tagged.isGlued(index)
      && tagged.isLowercaseWord(index - 1) && tagged.endsWith(index - 1, "s")
      && tagged.isLowercaseWord(index + 1) && tagged.upos(index + 1) == .noun
  }

  /// Whether the name at `start` is the object of a preposition or a verb: the word before it,
  /// past determiners, adjectives and common nouns, is one (`at the Norvik University`, `of the
  /// opposition Democratic Party`, `promoted the Zap`); a name after a comma shares the standing
  /// of the name before the comma (`at the Tarn, Ruritania event`).
  func isOblique(_ start: Int, in range: Range<Int>) -> Bool {
    var index = start - 1
    while index >= range.lowerBound,
      [.det, .adj, .num].contains(tagged.upos(index)) || tagged.upos(index) == .noun && tagged.isLowercaseWord(index)
        || isParticipleBeforeNoun(index)
    {
      index -= 1
    }
    guard index >= range.lowerBound else { return false }
    // A name set off by commas right before the verb is in apposition to the subject (`The First
    // Minister of Wales, Carys Morgan, said`), whatever the name before the comma is.
    let end = actors.mentions(in: start..<(start + 1)).first?.tokens.upperBound ?? start
    if tagged.has(index, .comma), !(tagged.has(end, .comma) && end + 1 == range.upperBound),
      let before = actors.mentions(in: range).last(where: { $0.tokens.upperBound == index })
    {
      return isOblique(before.tokens.lowerBound, in: range)
    }
    // A capitalized word the tagger calls a verb opens a title more often than not: `Shadow`.
    return tagged.upos(index) == .adp
      || tagged.upos(index) == .verb && tagged.isLowercaseWord(index) && !tagged.has(index, .speechVerb)
  }

  /// Whether the name at `start` completes a title rather than naming the speaker: `Witney` in
  /// `the MP for Witney`.
  func isTitleComplement(_ start: Int) -> Bool {
    guard start >= 2, tagged.has(start - 1, .preposition), tagged.isLowercaseWord(start - 1) else { return false }
    let title = start - 2
    return tagged.tokens[title].kind == .word && tagged.match(tagged.lexicon.titles, at: title, limit: start - 1) != nil
  }

  /// A noun that speaks for an organization: `spokesman`, `spokeswoman`, `spokesperson`,
  /// `spokespeople`, `statement`.
  func isVoiceOf(_ index: Int) -> Bool {
    guard tagged.isLowercaseWord(index) else { return false }
    return tagged.string(tokens: index..<(index + 1)).hasPrefix("spokes") || tagged.isWord(index, "statement")
  }

  /// `the company`, `the ministry`, `the Ohio bank`, `the regional lender`: an organization noun
  /// after `the` and the adjectives and places that say what or where it is, with no name after it.
  func isInstitution(_ index: Int) -> Bool {
    tagged.isLowercaseWord(index) && tagged.isWord(qualifiersStart(before: index) - 1, "the") && tagged.has(index, .kindNoun)
      && tagged.infos[index].actorKind == .organization && !tagged.isCapitalizedWord(index + 1)
  }

  /// How many adjectives and names of places a body's noun may have before it.
  private static let qualifierReach = 3

  /// Where the adjectives and the names of places right before the noun at `noun` start: at `Ohio`
  /// in `the Ohio bank`, at `regional` in `the regional lender`; `noun` when there are none.
  private func qualifiersStart(before noun: Int) -> Int {
    var start = noun
    for _ in 0..<Self.qualifierReach {
      let previous = start - 1
      guard previous > 0, !tagged.isSentenceInitial(previous) else { break }
      if tagged.upos(previous) == .adj, tagged.tokens[previous].kind == .word {
        start = previous
        continue
      }
      guard let place = actors.mentions(in: max(0, previous - Self.qualifierReach)..<start).last,
        place.tokens.upperBound == start, actors.actors[place.actor].kind == .place
      else { break }
      start = place.tokens.lowerBound
    }
    return start
  }

  /// The organization or group named right before `noun`, a noun of what such a body is (`the
  /// GMB union`, `the Verdant party`): the noun says what the name is, so the name speaks. A
  /// place's body is not the place (`the Leeds council`), nor a person the body's noun.
  func bodyNamed(before noun: Int, in phrase: Range<Int>) -> Int? {
    guard tagged.isLowercaseWord(noun), tagged.has(noun, .kindNoun),
      [.organization, .group].contains(tagged.infos[noun].actorKind),
      let index = mentionEnding(before: noun, in: phrase)
    else { return nil }
    let mention = actors.mentions[index]
    guard !mention.isRole, !quotes.isQuoted(mention.tokens.lowerBound), !namesOtherBody(mention, before: noun) else {
      return nil
    }
    return [.organization, .group].contains(actors.actors[mention.actor].kind) ? index : nil
  }

  /// Whether the body noun at `noun` follows a name that already says what body it is, by another
  /// noun (`the Premier League club`, `the European Union agency`): the phrase is one of its
  /// members or parts, not the named body.
  func namesOtherBody(_ mention: ActorMention, before noun: Int) -> Bool {
    let last = mention.tokens.upperBound - 1
    return tagged.has(last, .kindNoun) && [.organization, .group].contains(tagged.infos[last].actorKind)
      && tagged.tokens[last].hash != tagged.tokens[noun].hash
  }

  /// Whether `noun` heads a definite phrase that names another body before it (`the Premier
  /// League club announced`): like `the club`, it stands for an organization told before.
  func isMemberOfNamedBody(_ noun: Int, in phrase: Range<Int>) -> Bool {
    guard tagged.isLowercaseWord(noun), tagged.has(noun, .kindNoun), tagged.infos[noun].actorKind == .organization,
      let index = mentionEnding(before: noun, in: phrase), tagged.isWord(actors.mentions[index].tokens.lowerBound - 1, "the")
    else { return false }
    return namesOtherBody(actors.mentions[index], before: noun)
  }

  /// The index of the last mention in `phrase` that ends right before the body noun at `noun`.
  private func mentionEnding(before noun: Int, in phrase: Range<Int>) -> Int? {
    mentionIndices(in: phrase).last { actors.mentions[$0].tokens.upperBound == noun }
  }

  func isAdverb(_ index: Int) -> Bool {
    tagged.isLowercaseWord(index) && tagged.upos(index) == .adv && !quotes.isQuoted(index)
  }

  /// Whether the word at `index` is a subject pronoun of a person or a group: `he`, `she`, `they`.
  func isSubjectPronoun(_ index: Int) -> Bool {
    tagged.isWord(index, "he") || tagged.isWord(index, "she") || tagged.isWord(index, "they")
  }
}
