/// A time that owns a noun (`tomorrow's pensions`, `next year's budget`) tells which thing the
/// noun is, not when the clause happened; one that owns an event (`Sunday's rally`, `yesterday's
/// attack`) dates the clause that tells that event.
extension ClauseTimes {
  /// How many words after the possessive are read for the noun phrase it opens.
  static let ownedPhraseReach = 5

  /// Whether expression `time` is a possessive (`tomorrow's`, `next year's`) whose noun phrase
  /// names no event: no word of it is an event noun of the lexicon (`tomorrow's pensions`,
  /// `today's young voters`, `next year's budget`; not `Sunday's election`, `yesterday's attack`).
  /// After a preposition of occasion the phrase places the clause (`At Tuesday's session, the board
  /// approved …`) and is not read, nor after a verb told in the past or ahead whose object a
  /// weekday's thing is, nor one of the past owning the thing its sentence opens with
  /// (`ownsPastSubject`).
  func ownsThing(_ time: Int) -> Bool {
    let tokens = tagged.tokens(ofTime: time)
    let after = tokens.upperBound
    guard !isOccasion(tokens.lowerBound - 1), tagged.isPossessive(after: after), !isWeekdayObject(tokens),
      !isComingOccasion(time, tokens: tokens)
    else {
      return false
    }
    var index = after + 2
    var head: Int?
    while index < tagged.tokens.count, index - after - 2 < Self.ownedPhraseReach, tagged.timeOf[index] < 0,
      tagged.upos(index).isNounPhraseWord, !tagged.has(index, .determiner)
    {
      if tagged.has(index, .triggerNoun) || tagged.eventKind(at: index) != nil { return false }
      if tagged.upos(index) == .noun || tagged.upos(index) == .propn { head = index }
      index += 1
    }
    guard let head else { return false }
    return !ownsPastSubject(time, head: head, verb: index)
  }

  /// Whether past expression `time` opens its sentence owning the subject of a verb told in the
  /// simple past at `verb`, a thing and no person (`Last year's festival drew 40,000 people`): the
  /// thing did it at that time. A person picked out by a role does it at any time (`Last year's
  /// winner finished third`).
  private func ownsPastSubject(_ time: Int, head: Int, verb: Int) -> Bool {
    let tokens = tagged.tokens(ofTime: time)
    guard tagged.sentences[Int(tagged.sentenceOf[tokens.lowerBound])].tokens.lowerBound == tokens.lowerBound,
      verb < tagged.tokens.count, tagged.upos(verb) == .verb, ClauseTense.of(verb: verb, in: tagged) == .past,
      !PersonNoun.names(head, in: tagged), let published = tagged.document.metadata.published?.interval,
      let span = tagged.times[time].value.interval
    else { return false }
    return span.upperBound <= published.lowerBound
  }

  /// Whether the expression on `tokens` opens with a weekday right after a verb told in the past
  /// or ahead (`had missed Sunday's league game`, `watched Saturday's final`, `will miss
  /// Tuesday's match`, `is due to chair Monday's session`): a day named by its weekday holds what
  /// it owns (a game, a sailing, a session), and what the clause does to it is done that day.
  private func isWeekdayObject(_ tokens: Range<Int>) -> Bool {
    let verb = tokens.lowerBound - 1
    guard tagged.upos(verb) == .verb, tagged.isLowercaseWord(verb) else { return false }
    let tense = ClauseTense.of(verb: verb, in: tagged)
    guard tense.isPast || tense == .future || tagged.isWord(verb - 1, "to") else {
      return false
    }
    return tagged.analysis.text.withUnsafeBufferPointer {
      TimeLexicon.bundled.isWeekday(tagged.tokens[tokens.lowerBound], in: $0)
    }
  }

  /// Whether expression `time` on `tokens` is a weekday after `for` that lies after the
  /// publication (`will take charge for Tuesday's match`, `will be fit for Sunday's final`): the
  /// tagger placed it ahead for a clause told in the future, which is done at the occasion it
  /// owns. A past one owns a thing (`bought tickets for Saturday's match`).
  private func isComingOccasion(_ time: Int, tokens: Range<Int>) -> Bool {
    guard tagged.isWord(tokens.lowerBound - 1, "for"), let published = tagged.document.metadata.published?.interval,
      let span = tagged.times[time].value.interval, span.lowerBound >= published.upperBound
    else { return false }
    return tagged.analysis.text.withUnsafeBufferPointer {
      TimeLexicon.bundled.isWeekday(tagged.tokens[tokens.lowerBound], in: $0)
    }
  }

  /// Whether expression `time` opens what speech verb `verb` reports as the owner of its subject
  /// (`said tomorrow's pensions were at risk`, `said that Sunday's vote was rigged`).
  func opensReport(_ time: Int, after verb: Int) -> Bool {
    let tokens = tagged.tokens(ofTime: time)
    let first = tagged.isWord(verb + 1, "that") ? verb + 2 : verb + 1
    return tokens.lowerBound == first && tagged.isPossessive(after: tokens.upperBound)
  }
}
