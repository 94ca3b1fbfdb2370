/// Reads the temporal expressions of a clause for dating it: which dated expressions it holds
/// (its own before those that modify a noun: `the 2011 version`), how well a date source dates
/// it, and whether an opening adverbial places it at an occasion (`At Sunday’s rally,`).
struct ClauseTimes {
  let tagged: TaggedText
  let scan: QuoteScan

  /// The dated temporal expressions inside `range`, leaving out those inside a quotation when
  /// the range itself is not quoted (`the text " Steve Jobs 1955-2011 "`) and those that only
  /// tell how long a record has stood (`its first loss since 1992`), when the figure a clause is
  /// set beside was (`compared with a profit a year earlier`), or over what time something
  /// is counted (`for the second time this year`), which thing a verb's object is (`violated
  /// the 1991 agreement`) or a possessive's noun that names no event (`tomorrow's pensions`),
  /// the day it is planned for (`called a strike for Friday`, `passengers booked for Tuesday`) or
  /// when the thing a noun names came about (`restored the bonus it cut in January`, `a law
  /// passed last year comes into effect`, `sold the plant built in 1998`) or what a verb of
  /// expectation told as done expects (`predicted a second cut in June`) or a past offer offers
  /// ahead of the publication (`had offered to pause the strike over Christmas`), the stretch a figure is
  /// measured over (`a profit of £84m for the year to September`) or the happening a noun after
  /// `since` names (`since the return of 26 works by a Paris museum in 2021`).
  func times(in range: Range<Int>) -> [Int] {
    var result: [Int] = []
    var rejected = -1
    let quoted = scan.isQuoted(range.lowerBound)
    // The nearest question word before each time, read once over the range: a long clause of
    // many times would otherwise be read back to its start for each.
    var questionWord = -1
    var read = range.lowerBound + 1
    for index in range {
      let time = Int(tagged.timeOf[index])
      guard time >= 0, result.last != time, time != rejected, quoted || !scan.isQuoted(index) else { continue }
      while read < index {
        if isQuestionWord(read) { questionWord = read }
        read += 1
      }
      if isRecordSpan(startingAt: index) || isNounPeriod(startingAt: index, in: range) || isComparisonSpan(startingAt: index) || countsTimes(before: index) || questionWord >= 0 && tagged.upos(questionWord - 1) == .verb
        || modifiesObject(time, startingAt: index) || namesPlannedDay(time, startingAt: index) || isHolidayModifier(time)
        || namesParticiplePlannedDay(time, startingAt: index, in: range)
        || isPeriodAhead(time, startingAt: index, in: range) || isInZeroRelative(startingAt: index, in: range)
        || isInSubjectParticiple(startingAt: index, end: tagged.tokens(ofTime: time).upperBound, in: range)
        || isInObjectParticiple(startingAt: index, in: range)
        || ownsThing(time) || isInExpectation(startingAt: index, in: range) || isInOfferAhead(time, startingAt: index, in: range)
        || isMeasuredPeriod(time, startingAt: index) || isInSinceNounPhrase(startingAt: index, in: range)
      {
        rejected = time
        continue
      }
      // An expression spans several tokens: one found unfit is not worked out again for the next.
      guard tagged.times[time].value.interval != nil || tagged.times[time].value.isYearlessCalendarDate,
        tagged.times[time].kind == .date || tagged.times[time].kind == .time
      else {
        rejected = time
        continue
      }
      result.append(time)
    }
    guard result.count > 1 else { return result }
    let reader = TriggerReader(tagged: tagged)
    let (modifiers, own) = result.reduce(into: ([Int](), [Int]())) { split, time in
      if reader.modifiesNoun(tagged.tokens(ofTime: time)) { split.0.append(time) } else { split.1.append(time) }
    }
    return own + modifiers
  }

  /// The temporal expression joined to `time` by `and` inside `range` as a second time of the
  /// same clause, of the same precision (`was cancelled in 2020 and 2021`, `met on 18 and 19
  /// April`), also after the words that stand for the clause's object or amount the second time
  /// (`rose 5% in 2023 and 7% in 2024`, `won its first star in 1972 and its third in 1981`): the
  /// clause tells a happening at each. Not the end of a range (`between 2020 and 2021`, even
  /// written the wrong way round).
  func coordinatedTime(after time: Int, in range: Range<Int>) -> Int? {
    let tokens = tagged.tokens(ofTime: time)
    let joiner = tokens.upperBound
    guard joiner + 1 < range.upperBound, tagged.isWord(joiner, "and"), !tagged.isWord(tokens.lowerBound - 1, "between"),
      tagged.rangeEnd(of: time) == nil, let start = secondTimeStart(after: joiner, in: range),
      case let other = Int(tagged.timeOf[start]), other >= 0, other != time,
      tagged.tokens(ofTime: other).lowerBound == start, tagged.times[other].kind == tagged.times[time].kind,
      let first = tagged.times[time].value.point, let second = tagged.times[other].value.point,
      first.precision == second.precision, tagged.times[other].value.interval != nil
    else { return nil }
    return other
  }

  /// How many words may stand for a clause's object or amount before its second time.
  private static let remnantWords = 4

  /// Where the time after `joiner` (`and`) starts: right after it, or after a remnant of a noun
  /// phrase, amount or adverb and a preposition (`and 7% in`, `and its third in`, `and again on`);
  /// `nil` when a verb or anything else comes first.
  private func secondTimeStart(after joiner: Int, in range: Range<Int>) -> Int? {
    var index = joiner + 1
    let remnant: Set<UPOS> = [.num, .sym, .det, .adj, .adv, .noun, .pron]
    while index < range.upperBound, tagged.timeOf[index] < 0, index - joiner <= Self.remnantWords,
      remnant.contains(tagged.upos(index))
    {
      index += 1
    }
    guard index > joiner + 1 else { return index }
    guard index + 1 < range.upperBound, tagged.upos(index) == .adp, tagged.timeOf[index] < 0,
      tagged.timeOf[index + 1] >= 0
    else { return nil }
    return index + 1
  }

  /// Whether `range` names a vague past or future outside a quotation (`months ago`, `thousands
  /// of years ago`, `in the future`) that `verb` governs, no other verb standing between them (not
  /// `found a map painted 19,000 years ago`): the clause is not of the days its neighbours tell.
  /// With `past` (the clause is told in the simple past), a vague present period after the verb
  /// counts too (`won four of his games this season`): a stretch that runs to now, not the day or
  /// month of the past told around it; not a lone `now` or `current`, which tells a state at the
  /// writing (`developed a culture now known as`, `left current officer Cook in charge`).
  func namesVagueTime(in range: Range<Int>, verb: Int?, past: Bool = false) -> Bool {
    let quoted = scan.isQuoted(range.lowerBound)
    for index in range {
      let time = Int(tagged.timeOf[index])
      guard time >= 0, quoted || !scan.isQuoted(index) else { continue }
      let presentAfterPast = past && verb.map { $0 < index } == true && tagged.times[time].value == .reference(.present)
        && tagged.tokens(ofTime: time).count > 1
      guard tagged.times[time].isVaguePastOrFuture || presentAfterPast else { continue }
      guard let verb, verb < index else { return true }
      return !(verb + 1..<index).contains { tagged.upos($0) == .verb }
    }
    return false
  }

  /// Whether `range` names, outside a quotation, a day or time that could not be placed in a
  /// year (`on Tuesday`, `next week` in a text with no reference time): the clause is of a time
  /// of its own, not of the days its neighbours tell.
  func namesUnplacedTime(in range: Range<Int>) -> Bool {
    let quoted = scan.isQuoted(range.lowerBound)
    return range.contains { unplacedTime(at: $0, quoted: quoted) != nil }
  }

  /// The temporal expressions inside `range`, outside a quotation, that name a day, a month or
  /// a finer time that could not be placed in a year (`next month`, `on Tuesday` in a text with
  /// no reference time): a future told with one is still of a time of its own.
  func unplacedTimes(in range: Range<Int>) -> [Int] {
    let quoted = scan.isQuoted(range.lowerBound)
    var result: [Int] = []
    for index in range {
      guard let time = unplacedTime(at: index, quoted: quoted), result.last != time,
        tagged.times[time].kind == .date || tagged.times[time].kind == .time
      else { continue }
      result.append(time)
    }
    return result
  }

  /// The expression at token `index` when it names a point that could not be placed in a year
  /// and is not a calendar date written without its year, outside a quotation unless the clause
  /// opens inside one (`quoted`).
  private func unplacedTime(at index: Int, quoted: Bool) -> Int? {
    let time = Int(tagged.timeOf[index])
    guard time >= 0, quoted || !scan.isQuoted(index), let point = tagged.times[time].value.point, point.year == nil,
      !tagged.times[time].value.isYearlessCalendarDate
    else { return nil }
    return time
  }

  /// How well a date source dates its clause: an expression of its own before one that modifies
  /// a noun inside the clause (`the 2011 version`), then the finer one. In an opening adverbial
  /// a modifier names the occasion of the clause (`At Sunday’s rally,`) and counts as its own.
  private func strength(of source: EventMention.DateSource, opening: Bool) -> (Int, Int) {
    guard case .expression(let time) = source else { return (2, 0) }
    let precision = tagged.times[time].value.point?.precision.rawValue ?? 0
    let modifies = !opening && TriggerReader(tagged: tagged).modifiesNoun(tagged.tokens(ofTime: time))
    return (modifies ? 0 : 1, Int(precision))
  }

  /// Whether the word at `index` opens a question clause, which stands in one when a verb of the
  /// range takes it as its object (`failed to show how the firm would fund the repairs by 2030`,
  /// `asked whether the talks would resume in May`): its times are that clause's, not the range's.
  private func isQuestionWord(_ index: Int) -> Bool {
    tagged.isWord(index, "how") || tagged.isWord(index, "whether") || tagged.isWord(index, "why")
      || tagged.isWord(index, "what") || tagged.isWord(index, "if")
  }

  /// Whether expression `time`, starting at `index`, modifies the noun of a verb's object right
  /// after its determiner (`violated the 1991 agreement`, `copied a 2016 film`): it tells which
  /// thing the object is, not when the clause happened.
  private func modifiesObject(_ time: Int, startingAt index: Int) -> Bool {
    let determiner = index - 1
    guard tagged.has(determiner, .determiner), !tagged.isWord(determiner, "that"), tagged.upos(determiner - 1) == .verb,
      tagged.isLowercaseWord(determiner - 1)
    else { return false }
    return TriggerReader(tagged: tagged).modifiesNoun(tagged.tokens(ofTime: time))
  }

  /// Whether expression `time`, starting at `index`, starts or ends a period ahead of the
  /// publication that a clause told as done sets going: in the present perfect (`has issued a
  /// warning from noon on Wednesday`, `have extended the ban until Friday`) or, for an end, in the
  /// simple past (`closed the road until Wednesday`, `adjourned the trial until Monday`). The
  /// period runs then; the issuing, closing or adjourning happened before the report.
  private func isPeriodAhead(_ time: Int, startingAt index: Int, in range: Range<Int>) -> Bool {
    let opener = index - 1
    let ends = tagged.isWord(opener, "until") || tagged.isWord(opener, "till")
    guard opener > range.lowerBound, ends || tagged.isWord(opener, "from"),
      let published = tagged.document.metadata.published?.interval, let span = tagged.times[time].value.interval,
      span.lowerBound > published.upperBound
    else { return false }
    let before = range.lowerBound..<opener
    if before.contains(where: { isPerfectAuxiliary($0, pastToo: false) }) { return true }
    return ends && !before.contains { tagged.has($0, .modal) || tagged.isWord($0, "ll") }
      && before.contains { tagged.upos($0) == .verb && ClauseTense.of(verb: $0, in: tagged) == .past }
  }

  /// Whether token `word` is the auxiliary of a perfect: `has`, `have`, `'ve`, and with `pastToo`
  /// `had` and `having`.
  func isPerfectAuxiliary(_ word: Int, pastToo: Bool) -> Bool {
    guard tagged.upos(word) == .aux else { return false }
    return tagged.isWord(word, "has") || tagged.isWord(word, "have") || tagged.isWord(word, "ve")
      || pastToo && (tagged.isWord(word, "had") || tagged.isWord(word, "having"))
  }

  /// Whether expression `time` is a holiday's bare name before a common noun (`a grate full of
  /// Christmas coals`, `painted Easter eggs`, `Christmas tree sales`): it names a kind of thing,
  /// not when the clause happened, as `at Christmas`, `on Christmas Day` and `this Easter` do.
  private func isHolidayModifier(_ time: Int) -> Bool {
    let tokens = tagged.tokens(ofTime: time)
    let after = tokens.upperBound
    guard tokens.count == 1, after < tagged.tokens.count, tagged.timeOf[after] < 0, tagged.isLowercaseWord(after),
      tagged.upos(after) == .noun
    else { return false }
    return tagged.analysis.text.withUnsafeBufferPointer {
      TimeLexicon.bundled.isHoliday(tagged.tokens[tokens.lowerBound], in: $0)
    }
  }

  /// Whether the word at `index` is a preposition that places what follows at an occasion: `at`,
  /// `during`, `in`, `on`, `amid`.
  func isOccasion(_ index: Int) -> Bool {
    tagged.isWord(index, "at") || tagged.isWord(index, "during") || tagged.isWord(index, "in")
      || tagged.isWord(index, "on") || tagged.isWord(index, "amid")
  }

  /// Whether opening adverbial date `new` dates the clause better than `old`, another opening one.
  func opening(_ new: EventMention.DateSource, datesBetterThan old: EventMention.DateSource) -> Bool {
    strength(of: new, opening: true) > strength(of: old, opening: true)
  }

  /// Whether opening adverbial date `opening` outranks the clause's own date `own`: only when
  /// `own` merely modifies a noun (`the 2011 version`).
  func opening(_ opening: EventMention.DateSource, outranks own: EventMention.DateSource) -> Bool {
    strength(of: opening, opening: true).0 > strength(of: own, opening: false).0
  }

  /// Whether temporal expression `time` in `range` belongs to what a speech verb at `verb`
  /// reports rather than to the speaking: a verb stands between them (`announced that Leopard
  /// would be released in 2007`, `said his company sold 13.7 million Macs last year`; not
  /// `announced on Monday that …`). A speech verb in the passive or before a noun reports
  /// nothing (`is explained by`, `the recently announced iPhone`), nor does one with other
  /// senses where it carries no words (`observed the comet passing its star in February`). A time
  /// inside the reported subject is reported too (`said a further cut in the spring was likely`).
  func isReported(_ time: Int, after verb: Int, in range: Range<Int>) -> Bool {
    guard tagged.has(verb, .speechVerb), let start = range.first(where: { tagged.timeOf[$0] == Int32(time) }), start > verb
    else { return false }
    if tagged.has(verb, .speechWithOtherSenses), !SpeakingVerb(tagged: tagged).speaks(verb, in: range) { return false }
    if opensReport(time, after: verb) { return true }
    if isInReportedSubject(start, time: time, after: verb, in: range) { return true }
    let before = tagged.upos(verb - 1) == .adv ? verb - 2 : verb - 1
    if before >= 0, tagged.tokens[before].kind == .word {
      if [.det, .adj].contains(tagged.upos(before)) { return false }
      if tagged.upos(before) == .aux, tagged.lemma(before) == "be" { return false }
    }
    return (verb + 1..<start).contains { tagged.tokens[$0].kind == .word && [.verb, .aux].contains(tagged.upos($0)) }
  }

  /// Whether expression `time`, starting at `start`, stands in the subject of what speech verb
  /// `verb` reports: a noun phrase right after `said` or after `that`, its verb right after the
  /// time (`said a further cut in the spring was likely`, `announced that the strike on Monday
  /// would go ahead`); not an adjunct of the speaking (`said on Monday`, `told reporters on
  /// Monday that`).
  private func isInReportedSubject(_ start: Int, time: Int, after verb: Int, in range: Range<Int>) -> Bool {
    let hasThat = tagged.isWord(verb + 1, "that")
    guard hasThat || tagged.lemma(verb) == "say" else { return false }
    let first = hasThat ? verb + 2 : verb + 1
    guard first < start, tagged.upos(first).isNounPhraseWord, tagged.timeOf[first] < 0,
      (first..<start).allSatisfy({ tagged.upos($0).isNounPhraseWord || tagged.upos($0) == .adp })
    else { return false }
    var next = tagged.tokens(ofTime: time).upperBound
    if next < range.upperBound, tagged.upos(next) == .adv { next += 1 }
    return next < range.upperBound && tagged.isFiniteVerb(next)
  }
}
