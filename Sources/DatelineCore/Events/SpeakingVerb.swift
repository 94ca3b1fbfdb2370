/// Whether a speech verb speaks where it stands. Most always do (`said`, `told`); a verb with
/// other senses does only where it carries words: `he posted: “…”`, `“…,” she added`, `added
/// that …`, `wrote the plant would close`, `he added.`; not `posted a loss`, `added 337,000 jobs`,
/// `continued to fall`, `the fighting continued.`, nor in the passive (`her cry was heard`).
struct SpeakingVerb {
  let tagged: TaggedText

  /// Whether the speech verb at `verb` tells a statement within `range`, its clause or sentence.
  func speaks(_ verb: Int, in range: Range<Int>) -> Bool {
    // A particle makes another verb of it: `called off the launch`, `called up reservists`.
    if tagged.isWord(verb + 1, "off") || tagged.isWord(verb + 1, "up") { return false }
    if summons(verb, in: range) { return false }
    guard tagged.has(verb, .speechWithOtherSenses) else { return true }
    // In the passive it tells its other sense: `her despair was heard`, `a line was added`.
    if tagged.isPassiveParticiple(verb) { return false }
    if isNextToQuote(verb) { return true }
    let next = tagged.pastOwnTime(after: verb, before: range.upperBound)
    if next == range.upperBound || tagged.upos(next) == .punct && !tagged.has(next, .colon) {
      return !isObjectRelative(range) && (hasSpeakerSubject(verb, in: range) || reportsClauseBefore(range))
    }
    guard !tagged.isWord(next, "to") else { return false }
    // `wrote Jaguar that …`, `told staff that …`.
    let objectThenThat = tagged.isWord(next + 1, "that") && [.propn, .pron, .noun].contains(tagged.upos(next))
    return tagged.has(next, .colon) || tagged.isWord(next, "that") || objectThenThat
      || ReportedClause.opensClause(at: next, before: range.upperBound, tagged)
  }

  /// Whether the verb, ending its clause, follows a person, a body or a name, or its clause
  /// opens on one (`he added.`, `the company added.`, `Makali, a reader, wrote.`), rather than a
  /// thing (`the fighting continued.`).
  private func hasSpeakerSubject(_ verb: Int, in range: Range<Int>) -> Bool {
    var index = verb - 1
    while index > range.lowerBound, tagged.upos(index) == .adv { index -= 1 }
    guard index >= range.lowerBound else { return false }
    return isSpeaker(index) || isSpeaker(range.lowerBound)
  }

  /// Whether the clause opens with `which` or `that` before its subject (`The Long Road, | which
  /// he also wrote`, `the note that she added`): the relative word is the verb's object, a thing
  /// written or added, not words said.
  private func isObjectRelative(_ range: Range<Int>) -> Bool {
    var first = range.lowerBound
    if tagged.has(first, .comma) { first += 1 }
    guard tagged.isWord(first, "which") || tagged.isWord(first, "that") && tagged.upos(first) == .pron else { return false }
    return [.pron, .propn, .noun, .det].contains(tagged.upos(first + 1))
  }

  /// Whether the clause comes after a comma that closes a clause of its own, which it reports
  /// (`Sales of bread grew, it added.`); not after an opening phrase (`After the break, the
  /// fighting continued.`).
  private func reportsClauseBefore(_ clause: Range<Int>) -> Bool {
    let sentence = tagged.sentences[Int(tagged.sentenceOf[clause.lowerBound])].tokens
    let comma = clause.lowerBound - 1
    guard comma > sentence.lowerBound, tagged.has(comma, .comma),
      !tagged.has(sentence.lowerBound, [.subordinator, .preposition, .adverb])
    else {
      return false
    }
    return (sentence.lowerBound..<comma).contains { tagged.upos($0) == .verb || tagged.upos($0) == .aux }
  }

  /// Whether the token is a name, a title or a noun for a body (`official`, `company`) or a
  /// pronoun for people (`she`, `we`; not `it`).
  private func isSpeaker(_ index: Int) -> Bool {
    tagged.upos(index) == .propn || tagged.has(index, [.kindNoun, .titleStart])
      || tagged.has(index, [.personPronoun, .pronoun]) && !tagged.isWord(index, "it")
  }

  /// How far before the verb a quotation may close and still be its words (`“…,” the
  /// minister added`).
  private static let quoteReach = 4

  /// Whether a quotation of the verb's sentence closes just before it or opens just after it.
  private func isNextToQuote(_ verb: Int) -> Bool {
    let marks: WordFlags = [.openDouble, .closeDouble, .straightDouble, .openSingle]
    let sentence = tagged.sentences[Int(tagged.sentenceOf[verb])].tokens
    let window = max(sentence.lowerBound, verb - Self.quoteReach)..<min(sentence.upperBound, verb + 3)
    return window.contains { tagged.has($0, marks) }
  }

  /// Whether `call` at `verb` summons its object, with nothing said of it after it (`called its
  /// last witness on Monday`, `called the police`), rather than names it (`called the result
  /// exciting`, `called him a liar`) or asks for something (`called for calm`). In the passive
  /// it only summons or names, unless `for` follows (`officers were called to a house`, `the
  /// feature is called Relay`, `an election must be called`).
  private func summons(_ verb: Int, in range: Range<Int>) -> Bool {
    guard ["call", "calls", "called", "calling"].contains(where: { tagged.isWord(verb, $0) }) else { return false }
    var next = verb + 1
    let phraseWords: [UPOS] = [.adj, .noun, .propn, .num]
    if tagged.isPassiveParticiple(verb) {
      while next < range.upperBound, tagged.upos(next) == .adv, tagged.timeOf[next] < 0 { next += 1 }
      return !tagged.isWord(next, "for")
    } else if tagged.upos(next) == .pron, !tagged.isPossessiveDeterminer(next) || !phraseWords.contains(tagged.upos(next + 1)) {
      next += 1
    } else {
      // A possessive opens the phrase as a determiner does: `its last witness`.
      while next < range.upperBound, tagged.timeOf[next] < 0, [.det, .adj, .num, .pron].contains(tagged.upos(next)) { next += 1 }
      let head = next
      while next < range.upperBound, tagged.timeOf[next] < 0, [.noun, .propn].contains(tagged.upos(next)) { next += 1 }
      guard next > head else { return false }
    }
    return next >= range.upperBound || tagged.timeOf[next] >= 0
      || tagged.upos(next) == .punct && !tagged.has(next, .colon) && !tagged.has(next, WordFlags.quoteMark)
      || tagged.upos(next) == .adp && !tagged.isWord(next, "as")
  }
}
