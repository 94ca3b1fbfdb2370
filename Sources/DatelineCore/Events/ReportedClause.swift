/// A report whose content names a time of its own: `Jobs said that his company sold 13.7 million
/// Macs last year`. The speaking and what it tells are two events of two dates: the statement,
/// of the days of the story, and the sale, of last year.
struct ReportedClause {
  /// The speech verb: `said`.
  var speech: Int
  /// What is reported, after the speech verb and `that`: `his company sold … last year`.
  var content: Range<Int>
  /// The temporal expression of the content that dates it.
  var time: Int

  /// The report in `range` whose speech verb is the clause's event verb `verb` or comes before
  /// it, when the content holds a time that `clauseTimes` finds reported; nil otherwise.
  static func find(
    verb: Int, in range: Range<Int>, times: [Int], tagged: TaggedText, clauseTimes: ClauseTimes
  ) -> ReportedClause? {
    let reader = TriggerReader(tagged: tagged)
    let isSpeech = { (index: Int) in
      tagged.has(index, .speechVerb) && (reader.isClauseVerb(index) || isVerbTaggedNoun(index, tagged))
    }
    guard let speech = isSpeech(verb) ? verb : (range.lowerBound..<verb).first(where: isSpeech),
      let time = times.first(where: { clauseTimes.isReported($0, after: speech, in: range) })
    else {
      return nil
    }
    // The speaking's own time and adverbs stay with it: `announced on Monday that …`, and so do
    // its other adjuncts before `that` (`said in a preliminary report that …`).
    var start = tagged.pastOwnTime(after: speech, before: range.upperBound)
    if !tagged.isWord(start, "that"), let that = that(afterAdjunctAt: start, before: range.upperBound, tagged) {
      start = that
    }
    // Who is told comes before what: `told the court | his client had …`.
    if !tagged.isWord(start, "that"), SegmentSplitter.listenerVerbs.contains(tagged.lemma(speech)) {
      start = pastListener(start, before: range.upperBound, tagged)
    }
    // After `that` a clause surely follows, and its subject may be long: `that 22 cars of the
    // 96-car train left the tracks …`.
    let hasThat = tagged.isWord(start, "that")
    if hasThat { start += 1 }
    guard start < range.upperBound,
      opensClause(
        at: start, before: range.upperBound, tagged, reach: hasThat ? thatSubjectReach : subjectReach,
        prepositions: hasThat)
    else { return nil }
    return ReportedClause(speech: speech, content: start..<range.upperBound, time: time)
  }

  /// The word after the listener a verb such as `tell` names at `start` (`the court`,
  /// `reporters`, `BBC News`, `him`), when what is told follows it as a clause of its own;
  /// `start` otherwise.
  private static func pastListener(_ start: Int, before end: Int, _ tagged: TaggedText) -> Int {
    var index = start
    if tagged.upos(index) == .pron, !tagged.isPossessiveDeterminer(index) {
      index += 1
    } else {
      if tagged.upos(index) == .det { index += 1 }
      while index < end, tagged.upos(index) == .adj { index += 1 }
      let head = index
      while index < end, [.noun, .propn].contains(tagged.upos(index)), tagged.timeOf[index] < 0 { index += 1 }
      guard index > head else { return start }
    }
    guard index < end, !tagged.isWord(index, "that"), opensClause(at: index, before: end, tagged) else { return start }
    return index
  }

  /// How many words an adjunct of the speaking may have before its `that`.
  private static let adjunctReach = 8

  /// The `that` after the speaking's adjunct at `start`: a phrase of a preposition or an object
  /// (`in a preliminary report`, `told reporters`) with no verb or punctuation before `that`.
  private static func that(afterAdjunctAt start: Int, before end: Int, _ tagged: TaggedText) -> Int? {
    guard start < end, [.adp, .noun, .propn, .pron].contains(tagged.upos(start)), !tagged.isWord(start, "that") else {
      return nil
    }
    for index in (start + 1)..<min(end, start + adjunctReach) {
      if tagged.isWord(index, "that") { return index }
      guard tagged.tokens[index].kind == .word, [.adp, .det, .adj, .noun, .propn, .num].contains(tagged.upos(index))
      else { return nil }
    }
    return nil
  }

  /// Whether a speech verb the tagger read as a plural noun stands between a name and `that`,
  /// where only a verb can: `Rowan Corps claims that …` (but `the claims that …`).
  private static func isVerbTaggedNoun(_ index: Int, _ tagged: TaggedText) -> Bool {
    tagged.upos(index) == .noun && tagged.endsWith(index, "s") && tagged.upos(index - 1) == .propn
      && tagged.isWord(index + 1, "that")
  }

  /// How many words a reported clause's subject may have before its verb.
  private static let subjectReach = 8

  /// How many words the subject of a clause opened by `that` may have before its verb.
  private static let thatSubjectReach = 14

  /// Whether a clause with a subject of its own starts at `start`: a verb follows within `words`
  /// words, with no preposition but `of` and no punctuation but a possessive, a hyphen inside a
  /// word or one aside in commas before it (`her company sold`, `the head of the firm’s board
  /// said`, `the first rise, to 920 euros, would take effect`; not the object of `described a
  /// chaotic six hours from the time …`). After `that` (`prepositions`), where a clause surely
  /// follows, its subject may hold any preposition: `that work on the pipes began …`.
  static func opensClause(
    at start: Int, before end: Int, _ tagged: TaggedText, reach words: Int = subjectReach, prepositions: Bool = false
  ) -> Bool {
    var index = start
    var reach = start + words
    var setOff = false
    while index < min(end, reach) {
      switch tagged.upos(index) {
      // A noun the tagger read as a verb may open the subject: `said demand recovered`.
      case .verb where index == start && tagged.isNounReadAsVerb(index): index += 1
      // A participle in `-ing` is no clause's verb but part of its subject (`said a man walking
      // his dog found …`), or of an object the verb perceives (`observed the planet passing …`).
      case .verb where index > start && tagged.isLowercaseWord(index) && tagged.endsWith(index, "ing"): index += 1
      case .verb, .aux: return index > start
      // One aside set off by commas may stand between the subject and its verb: `the first
      // rise, to 920 euros, would take effect …`.
      case .punct where tagged.has(index, .comma) && !setOff && index > start:
        guard let close = (index + 1..<min(end, index + 1 + subjectReach)).first(where: { tagged.has($0, .comma) }),
          [.verb, .aux].contains(tagged.upos(close + 1))
        else { return false }
        setOff = true
        reach += close + 1 - index
        index = close + 1
      // A hyphen inside a word joins it: `the 96-car train`.
      case .punct where tagged.has(index, .hyphen) && !tagged.analysis.tokens[index].isSpaced
        && !tagged.analysis.tokens[index + 1].isSpaced:
        index += 1
      // A quotation may open at the verb: `said the council "ignored its own rules" …`.
      case .punct where tagged.has(index, WordFlags.quoteMark) && index > start: index += 1
      case .punct where !tagged.has(index, [.closeSingle, .straightSingle]): return false
      case .adp where !prepositions && !tagged.isWord(index, "of"), .sconj, .cconj: return false
      default: index += 1
      }
    }
    return false
  }
}
