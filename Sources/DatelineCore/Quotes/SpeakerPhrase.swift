/// Reads the noun phrase next to a speech verb for who speaks: the phrase's head. The head of
/// `Volta’s chief executive Sarah Okafor` is the name at its end; of `Frederik Ducrozet of Pictet`,
/// the name before the preposition. A name that modifies a noun (`Rolling Fork Mayor`, `one NHS
/// manager`), completes a title (`MP for Witney`) or follows a preposition is no speaker. A phrase
/// whose head is a common noun names no one by name: a spokesperson speaks for the organization
/// named with them, `the company` stands for the last organization named, and a noun of a person
/// is a role (`one resident told the BBC`, `the seller said`); any other (`the report`) is no one.
struct SpeakerPhrase {
  let tagged: TaggedText
  let actors: DocumentActors
  let quotes: QuoteScan
  /// What `the company` and `the regulator` stand for.
  private let definite: DefiniteReference

  /// A reader of the speaker phrases of a document with these actors and quotations; make it
  /// once per document (it reads the organizations' names once).
  init(tagged: TaggedText, actors: DocumentActors, quotes: QuoteScan) {
    self.tagged = tagged
    self.actors = actors
    self.quotes = quotes
    definite = DefiniteReference(tagged: tagged, actors: actors, quotes: quotes)
  }

  /// How many commas back an appositive's opening comma may be: `Janet Price, 67, of Leeds, said`.
  private static let appositiveCommas = 3

  /// Who the subject ending before the speech verb at `verb` names, looking back no further than
  /// `start`; nil when the words there are no subject phrase this reads (a participle's, `…,
  /// saying`, has none).
  func subject(before verb: Int, from start: Int) -> Attribution.Speaker? {
    guard !tagged.endsWith(verb, "ing") else { return nil }
    var last = verb - 1
    // Letters after a name stand outside it (`Simon Price KC told`).
    while last >= start, isAdverb(last) || NameShapeEvidence.isPostNominal(last, tagged) { last -= 1 }
    guard last >= start else { return nil }
    if isSubjectPronoun(last) { return .pronoun(last) }
    if tagged.has(last, .comma) { return apposed(closingAt: last, from: start) }
    // A verb after `and` shares the subject of the verb before it.
    guard
      [.noun, .propn, .num].contains(tagged.upos(last))
        || actors.mentions(in: start..<(last + 1)).contains(where: { $0.tokens.upperBound == last + 1 })
    else { return nil }
    let phrase = phraseStart(endingAt: last + 1, from: start)..<(last + 1)
    // An object in a relative clause about the subject does not speak (`respondents whose firms use AI said`).
    let isInRelativeClause = (start..<phrase.lowerBound).contains { tagged.has($0, .relative) }
    if phrase.lowerBound > start, tagged.upos(phrase.lowerBound - 1) == .verb, isInRelativeClause { return .unnamed }
    let found = head(of: phrase, last: true)
    // `Kaplan, a collector of games, cards, and books says`: a list inside an appositive.
    if found == .unnamed, phrase.lowerBound > start, tagged.has(phrase.lowerBound - 1, .comma) { return nil }
    return found
  }

  /// Where the phrase before the speech verb at `verb` starts when a spokesperson, a statement or
  /// `the company` heads it and speaks for the organization (`A spokesperson for Corvane`, `a
  /// Corvane spokesman`): at the head noun's determiner; nil when a name heads it.
  func voiceStart(before verb: Int, from start: Int) -> Int? {
    var last = verb - 1
    // Letters after a name stand outside it (`Simon Price KC told`).
    while last >= start, isAdverb(last) || NameShapeEvidence.isPostNominal(last, tagged) { last -= 1 }
    guard last >= start else { return nil }
    let phrase = phraseStart(endingAt: last + 1, from: start)..<(last + 1)
    guard
      mentionIndices(in: phrase).allSatisfy({ index in
        let mention = actors.mentions[index]
        return !isSpeakerName(mention, in: phrase) || modifiesNoun(mention.tokens.upperBound, before: phrase.upperBound)
      }),
      let noun = headNoun(of: phrase), isVoiceOf(noun) || isInstitution(noun)
    else { return nil }
    return modifiersStart(of: noun, in: phrase)
  }

  /// Who the phrase right after an opening speech verb names (`said Jefferies analyst Philippe
  /// Houchois`), or the name set off after it when the phrase names no one by name (`said the MP
  /// for Islington North, Jeremy Corbyn`), before `end`.
  func inverted(after verb: Int, end: Int) -> Attribution.Speaker? {
    let start = verb + 1
    guard start < end else { return nil }
    if isSubjectPronoun(start) { return .pronoun(start) }
    // A possessive determiner opens the phrase it belongs to: `said her former partner, the
    // engineer Tomas Brekke`.
    let phraseStart = tagged.isPossessiveDeterminer(start) ? start + 1 : start
    let phraseEnd = self.phraseEnd(from: phraseStart, end: end)
    let main = head(of: phraseStart..<phraseEnd, last: false)
    guard phraseEnd < end, tagged.has(phraseEnd, .comma) else { return main }
    let next = phraseEnd + 1
    return choose(outer: main, inner: head(of: next..<self.phraseEnd(from: next, end: end), last: false))
  }

  /// `NAME, APPOSITIVE, said` or `TITLE, NAME, said`: the name of the two, preferring a person's.
  /// A place set off after an organization (`the University of Kessel, Marrow,`) says where, and
  /// the walk goes on back to the name before it.
  private func apposed(closingAt comma: Int, from start: Int) -> Attribution.Speaker? {
    var open = comma
    var place: Attribution.Speaker?
    for _ in 0..<Self.appositiveCommas {
      open -= 1
      while open >= start, !tagged.has(open, .comma) { open -= 1 }
      guard open > start else { break }
      var close = open
      while close > start + 1, NameShapeEvidence.isPostNominal(close - 1, tagged) { close -= 1 }
      let before = phraseStart(endingAt: close, from: start)..<close
      if let outer = head(of: before, last: true) ?? (isTitle(before) ? .unnamed : nil) {
        var innerEnd = phraseEnd(from: open + 1, end: comma)
        while innerEnd > open + 2, NameShapeEvidence.isPostNominal(innerEnd - 1, tagged) { innerEnd -= 1 }
        let inner = head(of: (open + 1)..<innerEnd, last: false)
        guard let chosen = choose(outer: outer, inner: inner), isPlace(chosen) else {
          return choose(outer: outer, inner: inner)
        }
        place = place ?? chosen
      }
    }
    return place
  }

  /// Whether `speaker` is the mention of a place.
  private func isPlace(_ speaker: Attribution.Speaker) -> Bool {
    guard case .mention(let index) = speaker else { return false }
    return actors.actors[actors.mentions[index].actor].kind == .place
  }

  /// Whether `phrase` ends in a title the lexicon holds whose head the tagger may read as an
  /// adjective (`Its chief executive` before `, Omar Daley,`): a title phrase, which names no one
  /// but lets the name set off after it speak.
  private func isTitle(_ phrase: Range<Int>) -> Bool {
    phrase.contains { start in
      tagged.isLowercaseWord(start)
        && tagged.match(tagged.lexicon.titles, at: start, limit: phrase.upperBound)?.length == phrase.upperBound - start
    }
  }

  /// Of a phrase and the phrase set off by commas after it: the first if it names a person (or a
  /// name of unknown kind), else the second if it does, else the first that names anyone: `Lee
  /// Jae-myung, leader of the Democratic Party,` is Lee; `The MP for Witney, Charlie Maynard,` is
  /// Maynard.
  private func choose(outer: Attribution.Speaker?, inner: Attribution.Speaker?) -> Attribution.Speaker? {
    if let outer, isPersonName(outer) { return outer }
    if let inner, isPersonName(inner) { return inner }
    if case .mention = outer { return outer }
    if case .mention = inner { return inner }
    return outer ?? inner
  }

  /// A name, not a role noun, of a person or of an unknown kind.
  private func isPersonName(_ speaker: Attribution.Speaker) -> Bool {
    guard case .mention(let index) = speaker, !actors.mentions[index].isRole else { return false }
    return [.person, .unknown].contains(actors.actors[actors.mentions[index].actor].kind)
  }

  /// The head of `phrase`: its last (or first) name in the place of a head, else what its head
  /// noun stands for; nil when it has neither.
  private func head(of phrase: Range<Int>, last: Bool) -> Attribution.Speaker? {
    guard !phrase.isEmpty else { return nil }
    let indices = mentionIndices(in: phrase).filter { index in
      let mention = actors.mentions[index]
      return mention.tokens.upperBound <= phrase.upperBound && isSpeakerName(mention, in: phrase)
        && !modifiesNoun(mention.tokens.upperBound, before: phrase.upperBound)
    }
    if let index = last ? indices.last : indices.first { return .mention(index) }
    // The tagger may read the body's noun as part of the name (`The Unite union`).
    if let body = bodyNamed(before: phrase.upperBound - 1, in: phrase) { return .mention(body) }
    if let body = fieldBody(of: phrase) { return body }
    guard let noun = headNoun(of: phrase) else { return nil }
    if isVoiceOf(noun) { return organization(servedAt: noun, in: phrase).map { .mention($0) } ?? role(noun, in: phrase) }
    if isInstitution(noun) || isMemberOfNamedBody(noun, in: phrase) {
      return definite.mention(for: noun).map { .mention($0) }
        ?? .unnamed
    }
    return staff(at: noun, in: phrase).map { .mention($0) } ?? role(noun, in: phrase)
  }

  /// What a public body named by its field closing `phrase` stands for (`The transport ministry`,
  /// which the tagger may read as a name): the organization named so, else the body itself; and
  /// so for a bare `the ministry` after such a body. An organization that only may be what the
  /// noun says yields to the body (`the union` after `the dockers’ union` is not a carmaker
  /// named since).
  private func fieldBody(of phrase: Range<Int>) -> Attribution.Speaker? {
    let fields = FieldBodies(tagged: tagged)
    let noun = phrase.upperBound - 1
    let body = fields.body(noun, from: phrase.lowerBound)
      ?? (phrase.lowerBound + 1 == noun && fields.earlier(for: noun) != nil ? phrase : nil)
    guard let body else { return nil }
    if let found = definite.mention(for: noun), definite.fitsClosely(found, noun: noun) { return .mention(found) }
    return .role(body, head: noun)
  }

  /// The role phrase `noun` heads when it names a person (`the seller`, `the company’s lawyer`, `a
  /// spokeswoman for the council`, `the grub-man`): from its determiner to the end of `phrase` when
  /// a preposition follows the noun, else to the noun; `.unnamed` when the noun names no person, a
  /// question word opens the phrase (`what people say`), or a preposition (`over his shoulder
  /// said`) or `its`, `their` and the like (`Its chief told`: a body's staff) stands before it; a
  /// person's `his` or `her` opens it (`his lawyer said`, `Her mother told`).
  private func role(_ noun: Int, in phrase: Range<Int>) -> Attribution.Speaker {
    let start = modifiersStart(of: noun, in: phrase)
    // `the unions` stands for unions named before; `Unions said` brings in a group of its own.
    let definite = ["the", "these", "those"].contains { tagged.isWord(start, $0) }
    guard PersonNoun.names(noun, in: tagged) || !definite && PersonNoun.namesOrganizations(noun, in: tagged) else {
      return .unnamed
    }
    let questionWords: [StaticString] = ["what", "which", "whose", "whatever", "whichever"]
    let end = noun + 1 < phrase.upperBound && tagged.upos(noun + 1) == .adp ? phrase.upperBound : noun + 1
    // A person's `his` or `her` makes the role theirs (`his lawyer said`), named after the owner
    // once the pronoun is read; `its chief` is staff of a body the phrase does not name.
    if PersonNoun.names(noun, in: tagged), tagged.isWord(start - 1, "his") || tagged.isWord(start - 1, "her"),
      !(tagged.upos(start - 2) == .adp && tagged.isLowercaseWord(start - 2))
    {
      return .role((start - 1)..<end, head: noun)
    }
    guard !questionWords.contains(where: { tagged.isWord(start, $0) }), !tagged.isPossessiveDeterminer(start - 1),
      !(tagged.upos(start - 1) == .adp && tagged.isLowercaseWord(start - 1))
    else { return .unnamed }
    return .role(start..<end, head: noun)
  }

  /// Where the words before the head noun at `noun` start: at its determiner, or at the first of
  /// the adjectives, numbers, nouns, names, possessives and hyphened words (`grub-man`) before it.
  private func modifiersStart(of noun: Int, in phrase: Range<Int>) -> Int {
    var index = noun
    while index > phrase.lowerBound, !tagged.has(index, .comma), tagged.upos(index) != .det,
      [.det, .adj, .num, .noun, .propn].contains(tagged.upos(index - 1)) || tagged.isPossessive(after: index - 1)
        || tagged.isPossessive(after: index - 2) || isHyphenJoint(index - 1)
    {
      index -= 1
    }
    return index
  }

  /// Whether token `index` is a hyphen glued to the words on both sides of it.
  private func isHyphenJoint(_ index: Int) -> Bool {
    tagged.has(index, .hyphen) && tagged.isGlued(index) && tagged.isGlued(index + 1)
  }

  /// The organization whose people a plural noun before `at` or `from` names, who speak for it:
  /// `Analysts at Corbel Bank`, `officials from the Harlow Group`.
  private func staff(at noun: Int, in phrase: Range<Int>) -> Int? {
    guard tagged.endsWith(noun, "s"), tagged.isWord(noun + 1, "at") || tagged.isWord(noun + 1, "from") else { return nil }
    return mentionIndices(in: (noun + 2)..<phrase.upperBound).first {
      isUsable(actors.mentions[$0]) && actors.actors[actors.mentions[$0].actor].kind == .organization
    }
  }

  /// The common noun that heads `phrase`: the last before its first preposition.
  private func headNoun(of phrase: Range<Int>) -> Int? {
    let preposition = phrase.first { tagged.upos($0) == .adp && tagged.isLowercaseWord($0) } ?? phrase.upperBound
    let noun = preposition - 1
    guard noun >= phrase.lowerBound, tagged.upos(noun) == .noun || PersonNoun.isReadAsName(noun, in: tagged),
      tagged.tokens[noun].kind == .word,
      actors.mentions(in: noun..<(noun + 1)).isEmpty
    else { return nil }
    return noun
  }

  /// The organization a spokesperson or statement at `noun` speaks for: named right before (`a
  /// Kremlin spokesman`, `Volta’s spokeswoman`) or after `for`, `of`, `at` or `from` (`a
  /// spokesperson for NHS England`, `a statement from Apple`), or stood for there by a definite
  /// noun (`a spokesman for the company`).
  private func organization(servedAt noun: Int, in phrase: Range<Int>) -> Int? {
    var end = noun
    if tagged.isPossessive(after: end - 1) { end -= 2 }
    if let index = mentionIndices(in: phrase).last(where: { actors.mentions[$0].tokens.upperBound == end }),
      isUsable(actors.mentions[index])
    {
      return index
    }
    guard
      tagged.isWord(noun + 1, "for") || tagged.isWord(noun + 1, "of") || tagged.isWord(noun + 1, "at")
        || tagged.isWord(noun + 1, "from")
    else { return nil }
    if let named = mentionIndices(in: (noun + 2)..<phrase.upperBound).first(where: { isUsable(actors.mentions[$0]) }) {
      return named
    }
    // `a spokesman for the company`: the organization the noun stands for.
    let institution = noun + 3
    guard institution + 1 == phrase.upperBound, isInstitution(institution) else { return nil }
    return definite.mention(for: institution)
  }

  /// The indices into the document's mentions of those that start inside `range`.
  func mentionIndices(in range: Range<Int>) -> Range<Int> {
    let first = actors.firstMention(atOrAfter: range.lowerBound)
    return first..<(first + actors.mentions(in: range).count)
  }

  /// Whether the name can be who speaks: a name, not a product, outside quotation marks.
  private func isUsable(_ mention: ActorMention) -> Bool {
    !mention.isModifier && !quotes.isQuoted(mention.tokens.lowerBound) && actors.actors[mention.actor].kind != .product
  }

  /// Whether the name can be the head of `phrase`: usable, and neither a title's complement nor
  /// the object of a preposition.
  func isSpeakerName(_ mention: ActorMention, in phrase: Range<Int>) -> Bool {
    isUsable(mention) && !isTitleComplement(mention.tokens.lowerBound)
      && !isOblique(mention.tokens.lowerBound, in: phrase)
  }
}
