/// Finds reported speech outside quotation marks: `X said that …`, `X said the plan failed`, `X
/// believes that …`, `According to X, …`, `…, according to X.` and `…, X said.`
struct IndirectSpeechFinder {
  /// A reported statement.
  struct Reported: Hashable {
    /// The tokens of what was reported.
    var tokens: Range<Int>
    /// The speaker's actor id, when known.
    var speaker: Int?
    /// The tokens of the attribution.
    var cue: Range<Int>
  }

  let tagged: TaggedText
  let actors: DocumentActors
  let quotes: QuoteScan
  let pronouns: PronounResolver
  /// The reader of speaker phrases, made once per document.
  let phrase: SpeakerPhrase
  /// The speakers named by a role alone, shared with the direct quotations.
  let roles: RoleSpeakers

  /// The reported statements of the document, in text order; only those whose speaker is known.
  func statements() -> [Reported] {
    var found: [Reported] = []
    for sentence in tagged.sentences {
      let range = sentence.tokens
      guard range.contains(where: { tagged.has($0, [.speechVerb, .cognitionVerb]) || tagged.isWord($0, "according") }),
        quotesOnlyFragments(range)
      else { continue }
      let reports = thatClause(range)
      if !reports.isEmpty {
        found += reports
      } else if let reported = accordingTo(range) ?? trailing(range) {
        found.append(reported)
      }
    }
    return found
  }

  /// Whether every quotation in the sentence `range` is a few words in its run (`admitted the
  /// figures were “deeply disappointing”`): the speaker's own words inside a reported clause,
  /// which a direct quote takes only when its attribution is found. A longer quotation is the
  /// sentence's direct quote.
  private func quotesOnlyFragments(_ range: Range<Int>) -> Bool {
    guard range.contains(where: { quotes.isQuoted($0) }) else { return true }
    var position = quotes.regions.partitioningIndex { $0.close >= range.lowerBound }
    while position < quotes.regions.count, quotes.regions[position].open < range.upperBound {
      let region = quotes.regions[position]
      guard region.open > range.lowerBound, region.close < range.upperBound, region.wordCount <= Self.fragmentWords,
        tagged.isLowercaseWord(region.open + 1)
      else { return false }
      position += 1
    }
    return true
  }

  /// How many words a quoted fragment inside a reported clause may have.
  static let fragmentWords = 3

  /// `SUBJECT said (to X) that CLAUSE`, or `SUBJECT said CLAUSE` when a subject and its finite
  /// verb follow the speech verb (`Okafor said the company would cut jobs`); and each further
  /// report the subject makes in a verb coordinated with the first (`Barlow admitted the figures
  /// were poor but said the plan would cut waiting times`), the first clause ending before it.
  private func thatClause(_ range: Range<Int>) -> [Reported] {
    for verb in range where tagged.has(verb, [.speechVerb, .cognitionVerb]) && tagged.isLowercaseWord(verb) {
      guard let clause = clauseStart(after: verb, in: range),
        let speaker = phraseSubject(before: verb, from: range.lowerBound)
          ?? subject(before: verb, from: range.lowerBound),
        // An attribution runs across no semicolon: `the two clerks; moreover, said Bartleby was …`.
        !(speaker.token..<verb).contains(where: { tagged.has($0, .semicolon) })
      else { continue }
      var reports: [Reported] = []
      var start = clause
      var cue = speaker.token..<clause
      var index = clause
      while index < range.upperBound {
        let next = index + 1
        if tagged.upos(index) == .cconj, tagged.isLowercaseWord(index), next < range.upperBound,
          tagged.has(next, [.speechVerb, .cognitionVerb]), tagged.isLowercaseWord(next), tagged.isFiniteVerb(next),
          let further = clauseStart(after: next, in: range)
        {
          let content = keepingClosingMark(start..<index)
          if !content.isEmpty { reports.append(Reported(tokens: content, speaker: speaker.actor, cue: cue)) }
          (start, cue, index) = (further, next..<further, further)
          continue
        }
        index = next
      }
      let content = keepingClosingMark(start..<range.upperBound)
      if !content.isEmpty { reports.append(Reported(tokens: content, speaker: speaker.actor, cue: cue)) }
      if !reports.isEmpty { return reports }
    }
    return []
  }

  /// `range` without the punctuation that ends it, but for the closing mark of a quoted fragment
  /// its last words are (`the figures were “deeply disappointing”`).
  private func keepingClosingMark(_ range: Range<Int>) -> Range<Int> {
    let content = trimmedEnd(range)
    let next = content.upperBound
    guard !content.isEmpty, next < range.upperBound, tagged.has(next, WordFlags.quoteMark), quotes.isQuoted(next),
      quotes.isQuoted(next - 1)
    else { return content }
    return content.lowerBound..<(next + 1)
  }

  /// Where the reported clause after the verb at `verb` starts: after `that` a few words on, or
  /// right after a finite speech verb (and the person told: `told reporters`, and the time it
  /// was said: `said on Monday`) when a clause opens there.
  private func clauseStart(after verb: Int, in range: Range<Int>) -> Int? {
    let limit = min(range.upperBound, verb + 5)
    if let that = (verb + 1..<limit).first(where: { tagged.isWord($0, "that") }) {
      return (verb + 1..<that).contains(where: { tagged.has($0, WordFlags.segmentBreak) }) ? nil : that + 1
    }
    guard tagged.has(verb, .speechVerb), tagged.isFiniteVerb(verb) else { return nil }
    let reader = SpeechClause(tagged: tagged, actors: actors)
    let start = isTell(verb) ? reader.objectEnd(from: verb + 1) : verb + 1
    guard let start = start.map(reader.timeEnd), reader.opens(at: start, before: range.upperBound) else { return nil }
    return start
  }

  private func isTell(_ verb: Int) -> Bool {
    tagged.isWord(verb, "told") || tagged.isWord(verb, "tells") || tagged.isWord(verb, "tell")
  }

  /// `According to X, CLAUSE.` or `CLAUSE, according to X.`
  private func accordingTo(_ range: Range<Int>) -> Reported? {
    guard let according = range.first(where: { tagged.isWord($0, "according") && tagged.isWord($0 + 1, "to") }) else {
      return nil
    }
    guard let (speaker, cueEnd) = source(after: according + 1, in: range) else { return nil }
    let cue = according..<cueEnd
    if according == range.lowerBound {
      guard var comma = (cue.upperBound..<range.upperBound).first(where: { tagged.has($0, .comma) }) else { return nil }
      if let close = appositionEnd(after: comma, in: range) { comma = close }
      let content = trimmedEnd((comma + 1)..<range.upperBound)
      return content.isEmpty ? nil : Reported(tokens: content, speaker: speaker, cue: cue)
    }
    var end = according
    while end > range.lowerBound, tagged.has(end - 1, .comma) { end -= 1 }
    let content = range.lowerBound..<end
    return content.isEmpty ? nil : Reported(tokens: content, speaker: speaker, cue: cue)
  }

  /// The comma that closes a noun phrase set off after the source's name at `comma` (`According
  /// to the Kings Health Trust, a think tank, one in eight …`): it says what the source is and is
  /// no part of what is reported. Nil when the words after `comma` hold a verb or run on.
  private func appositionEnd(after comma: Int, in range: Range<Int>) -> Int? {
    let opening = comma + 1
    guard opening < range.upperBound, tagged.upos(opening) == .det, tagged.isLowercaseWord(opening) else { return nil }
    var index = opening + 1
    while index < min(range.upperBound, opening + Self.appositionReach) {
      if tagged.has(index, .comma) { return index > opening + 1 && tagged.upos(index - 1) == .noun ? index : nil }
      // A verb inside is a noun the tagger misread in a compound (`a health think tank`), not the
      // last word of a clause (`a man died, …`).
      let isCompoundWord = tagged.upos(index) == .verb && tagged.upos(index + 1) == .noun
      guard [.adj, .noun, .propn, .num, .adp, .det, .cconj].contains(tagged.upos(index)) || isCompoundWord
        || tagged.has(index, .hyphen)
      else { return nil }
      index += 1
    }
    return nil
  }

  /// How many words a phrase set off after a source may have.
  private static let appositionReach = 8

  /// Who the words after `according to` (`to` at `to`) name, and where they end: the head of the
  /// phrase there (`Jo Lee` of `Norvik Bank analyst Jo Lee`), which may be an organization named
  /// before by its kind (`according to the agency`); else the first name in the next four words.
  private func source(after to: Int, in range: Range<Int>) -> (actor: Int, end: Int)? {
    let end = phrase.phraseEnd(from: to + 1, end: trimmedEnd(range).upperBound)
    if let actor = actor(of: phrase.inverted(after: to, end: end)) { return (actor, max(end, to + 2)) }
    let mention = actors.mentions(in: (to + 1)..<min(range.upperBound, to + 5)).first
    return mention.map { ($0.actor, $0.tokens.upperBound) }
  }

  /// The actor the head of the subject phrase names (`Ruth Ashby, the chief executive of Corvane,
  /// said that`; `a spokesperson for Corvane said that`), with the first token of the attribution;
  /// nil when the phrase names no one (`one resident said that`) or is not read.
  func phraseSubject(before verb: Int, from start: Int) -> (actor: Int, token: Int)? {
    switch phrase.subject(before: verb, from: start) {
    case .mention(let index):
      return (
        actors.mentions[index].actor,
        phrase.voiceStart(before: verb, from: start) ?? actors.mentions[index].tokens.lowerBound
      )
    case .pronoun(let token) where !tagged.isWord(token, "they"):
      return person(for: token).map { ($0, token) }
    case .role(let tokens, let head): return roles.actor(for: tokens, head: head).map { ($0, tokens.lowerBound) }
    case .pronoun, .unnamed, nil: return nil
    }
  }

  /// The actor the subject of the verb at `verb` names: the nearest name before it in its clause,
  /// unless a preposition puts it in a phrase or it is a product, or a pronoun resolved.
  private func subject(before verb: Int, from start: Int) -> (actor: Int, token: Int)? {
    var index = verb - 1
    while index >= start, !tagged.has(index, [.comma, .semicolon, .colon, .dash]) {
      if tagged.has(index, .personPronoun), tagged.isWord(index, "he") || tagged.isWord(index, "she") {
        return person(for: index).map { ($0, index) }
      }
      let mentionIndex = actors.firstMention(atOrAfter: index)
      if mentionIndex < actors.mentions.count, actors.mentions[mentionIndex].tokens.lowerBound == index,
        !actors.mentions[mentionIndex].isModifier
      {
        let mention = actors.mentions[mentionIndex]
        guard actors.actors[mention.actor].kind != .product, !followsPreposition(index, from: start) else { return nil }
        return mention.tokens.upperBound == verb || isAdverbsOnly(mention.tokens.upperBound..<verb)
          ? (mention.actor, index) : nil
      }
      index -= 1
    }
    return nil
  }

  /// The person `he` or `she` at `token` stands for: one named, else one a sentence before names
  /// by a common noun (`A teacher in Varesh lost her home`), as a speaker named by that role.
  private func person(for token: Int) -> Int? {
    if let named = pronouns.person(before: token) { return named }
    return pronouns.unnamedPerson(before: token).flatMap { roles.actor(for: $0.tokens, head: $0.head) }
  }

  /// Whether the name at `index` ends a prepositional phrase (`shops in Ruritania said that`):
  /// the subject is the noun before it, not the name.
  private func followsPreposition(_ index: Int, from start: Int) -> Bool {
    var previous = index - 1
    while previous >= start, [.det, .adj, .num].contains(tagged.upos(previous)) { previous -= 1 }
    return previous >= start && tagged.upos(previous) == .adp
  }

  private func isAdverbsOnly(_ range: Range<Int>) -> Bool {
    range.allSatisfy { tagged.has($0, .adverb) || tagged.endsWith($0, "ly") || NameShapeEvidence.isPostNominal($0, tagged) }
  }

  /// `range` without the punctuation that ends it, but for a sign glued to the word before it
  /// that belongs with it (`a pay offer of 4.5%`).
  func trimmedEnd(_ range: Range<Int>) -> Range<Int> {
    let marks = WordFlags.quoteMark.union([.terminal, .period, .comma, .semicolon, .colon, .dash, .hyphen, .openParen, .closeParen])
    var upper = range.upperBound
    while upper > range.lowerBound, tagged.tokens[upper - 1].kind == .punctuation,
      tagged.has(upper - 1, marks) || !tagged.isGlued(upper - 1) || upper - 1 == range.lowerBound
    {
      upper -= 1
    }
    return range.lowerBound..<upper
  }
}
