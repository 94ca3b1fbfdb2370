/// Summaries kept to about a line: a longer one leaves out what is set off inside its clause and
/// then what trails after it, only where a clause ends, never inside a phrase, a quotation or a
/// time.
extension EventSummarizer {
  /// How long, in bytes, a summary is meant to be at most: a longer one is shortened where its
  /// clause allows (`shortened`).
  static let targetLength = 100

  /// The pieces of `range` that tell its clause in about `targetLength` bytes with `leading` bytes
  /// before them, in order: `range` itself when it fits; else without the asides set off between
  /// a subject and its verb (`Mitchell Baker, chair of the board, posted` → `Mitchell Baker
  /// posted`), and then without what trails after the clause's last time (a participle, a
  /// relative clause, a second predicate, a phrase after the object) or a background phrase
  /// holding that time (`have faced pressure | since the return of 26 works in 2021`), at the last place that
  /// fits, or at the one that keeps least when none fits (one longer than `farLength` with no
  /// such place may end after any phrase, where that fits). What is left names no fewer speakers
  /// and keeps a finite verb after each report, subordinator or relative word.
  func shortened(_ range: Range<Int>, leading: Int) -> [Range<Int>] {
    func length(_ pieces: [Range<Int>]) -> Int {
      pieces.reduce(leading + pieces.count - 1) { $0 + tagged.byteRange($1).count }
    }
    guard !range.isEmpty, length([range]) > Self.targetLength else { return [range] }
    let pieces = withoutAsides(range)
    guard length(pieces) > Self.targetLength, let last = pieces.last else { return pieces }
    let earlier = pieces.dropLast().reduce(0) { $0 + tagged.byteRange($1).count + 1 }
    let lastTime = range.last { tagged.timeOf[$0] >= 0 || tagged.upos($0) == .num } ?? range.lowerBound
    let background = backgroundTail(in: last, before: lastTime)
    // One far too long may also end after a phrase that follows another's noun (`has been
    // focusing on enterprise features | in an attempt to …`) when no other place fits.
    for anyPhrase in [false, true] where !anyPhrase || length(pieces) > Self.farLength {
      var shortest: Int?
      for cut in last.reversed() where cut > max(lastTime, last.lowerBound) || cut == background {
        if opensOwnClause(cut, in: last) { break }
        let fits = leading + earlier + tagged.byteRange(last.lowerBound..<cut).count <= Self.targetLength
        guard isCut(cut, in: last, afterOf: fits, anyPhrase: anyPhrase) else { continue }
        if (cut..<last.upperBound).contains(where: { tagged.isReportingVerb($0) && tagged.isFiniteVerb($0) && !isSecondReport($0, after: cut) })
          || opensReported(cut, in: last)
        {
          break
        }
        guard holdsClause(last.lowerBound..<cut, from: range.lowerBound) else { continue }
        if fits {
          return pieces.dropLast() + [last.lowerBound..<cut]
        }
        if !anyPhrase { shortest = cut }
      }
      if let shortest { return pieces.dropLast() + [last.lowerBound..<shortest] }
    }
    return pieces
  }

  /// How long, in bytes, a summary may be before it is cut after any phrase that fits.
  static let farLength = 130

  /// How many nouns, names, numbers or adjectives a shortened clause keeps after its last verb.
  static let keptWords = 2

  /// Words for a span of time, which a following `before` or `after` measures to its clause.
  static let spans: [StaticString] = ["seconds", "minutes", "hours", "days", "weeks", "months", "years", "moments"]

  /// Whether `range` may end before `cut`, a place where what trails after a clause begins: a
  /// comma, `and` or `but`, a relative word or subordinator, a preposition other than `of` after
  /// a noun, a name, a number or a report's verb (after an `of` phrase only when `afterOf`, after
  /// any other phrase only when `anyPhrase`), a background phrase after a noun (`since`,
  /// `amid`), or a participle in `-ing` after a noun; outside any quotation or bracket, and not inside a
  /// subject whose verb comes after it.
  private func isCut(_ cut: Int, in range: Range<Int>, afterOf: Bool, anyPhrase: Bool = false) -> Bool {
    var quoted = false
    var bracketed = 0
    for index in range.lowerBound..<cut {
      if tagged.has(index, [.openDouble, .closeDouble, .straightDouble]) {
        quoted = tagged.has(index, .straightDouble) ? !quoted : tagged.has(index, .openDouble)
      }
      if tagged.has(index, .openParen) { bracketed += 1 }
      if tagged.has(index, .closeParen) { bracketed = max(0, bracketed - 1) }
    }
    guard !quoted, bracketed == 0, tagged.startsWord(cut) else { return false }
    let before = tagged.upos(cut - 1)
    let endsPhrase = [.noun, .propn, .num].contains(before) || tagged.has(cut - 1, [.closeDouble, .straightDouble, .closeParen])
    if tagged.has(cut, .comma) { return (endsPhrase || before == .adj || before == .adv) && !setsOffAppositive(cut, in: range) }
    guard tagged.isLowercaseWord(cut) else { return false }
    if tagged.isWord(cut, "and") || tagged.isWord(cut, "but") {
      var verb = cut + 1
      // Only a second predicate of the same subject trails; a clause with its own subject tells
      // a happening of its own (`put the hosts ahead and | Luca Ferretti doubled the lead`).
      while verb < range.upperBound, tagged.upos(verb) == .adv { verb += 1 }
      // The words before must end a predicate: not an auxiliary waiting for its verb (`had already
      // | and seriously affected`), nor an adjective before its noun (`polls new | and previously
      // failed tasks`), only one told of the subject after `be` (`were mild`).
      var last = cut - 1
      while last > range.lowerBound, tagged.upos(last) == .adv { last -= 1 }
      guard tagged.upos(last) != .aux, !tagged.isWord(last, "to") else { return false }
      let endsAdjective = before == .adj && isPredicative(cut - 1, from: range.lowerBound)
      // A second `that` of a report (or of any verb before its `that`) is a second thing said:
      // `said side effects were mild | and that no patients had died`, `show that fires rose | and
      // that most began at night`.
      if tagged.isWord(verb, "that"),
        (range.lowerBound..<cut).contains(where: { tagged.isReportingVerb($0) || tagged.upos($0) == .verb && tagged.isWord($0 + 1, "that") })
      {
        return endsPhrase || before == .adv || endsAdjective
      }
      let endsPassive = before == .verb && isPassive(cut - 1)
      return (endsPhrase || endsPassive || before == .adv || endsAdjective) && verb < range.upperBound && tagged.isFiniteVerb(verb)
    }
    if opensCause(cut) { return endsPhrase || [.adv, .adj, .verb].contains(before) }
    if opensBackground(cut) { return endsPhrase }
    // A span of time before `before` or `after` is measured to what follows (`hours | before it
    // was due to begin`).
    if tagged.isWord(cut, "before") || tagged.isWord(cut, "after"), Self.spans.contains(where: { tagged.isWord(cut - 1, $0) }) {
      return false
    }
    if tagged.has(cut, [.relative, .subordinator]) { return endsPhrase }
    if tagged.has(cut, .preposition) || tagged.upos(cut) == .adp {
      guard !tagged.isWord(cut, "of"), tagged.upos(cut) != .part, tagged.upos(cut + 1) != .verb || opensGerund(cut),
        !runsIntoVerb(cut, in: range),
        endsPhrase || tagged.isReportingVerb(cut - 1) && !isPassive(cut - 1) && !isSecondPredicate(cut - 1, from: range.lowerBound)
      else { return false }
      // A phrase inside an infinitive or a participle's words is theirs (`requiring operators |
      // to fit`), and one after another phrase's noun may be that phrase's (`with money | from a
      // fund`); one after a time or a name is the clause's (`in Baghdad's Green Zone | in an
      // attempt`). One after an `of` phrase may end there when the summary then fits: a noun
      // and its `of` phrase are told whole (`to all users of the Zap tablet | in its stores`),
      // else the cut before them leaves out what the clause says.
      guard let verb = (range.lowerBound..<cut).last(where: { [.verb, .aux].contains(tagged.upos($0)) }),
        tagged.isFiniteVerb(verb) || isProgressive(verb), !tagged.isWord(verb - 1, "to")
      else { return false }
      let phrase = ((verb + 1)..<cut).last { tagged.has($0, .preposition) || tagged.upos($0) == .adp }
      return anyPhrase || phrase.map {
        afterOf && tagged.isWord($0, "of") || tagged.timeOf[$0] >= 0 || tagged.timeOf[$0 + 1] >= 0
          || actors.mentions(in: $0..<cut).contains { $0.tokens.upperBound == cut }
      } ?? true
    }
    return tagged.upos(cut) == .verb && tagged.endsWith(cut, "ing") && [.noun, .propn, .num].contains(before)
      && !runsIntoVerb(cut, in: range)
  }

  /// Whether the comma at `comma` opens or closes an appositive between a noun and its verb
  /// (`an auditor hired by his successor, | Mayor Angela Ruiz, | found gaps`): the clause goes on
  /// across it, and a summary cut there ends inside its subject.
  private func setsOffAppositive(_ comma: Int, in range: Range<Int>) -> Bool {
    let splitter = SegmentSplitter(tagged: tagged, actors: actors)
    if splitter.appositiveEnd(opening: comma, limit: range.upperBound) != nil { return true }
    let reach = max(range.lowerBound, comma - SegmentSplitter.appositiveReach)
    return (reach..<comma).contains { tagged.has($0, .comma) && splitter.appositiveEnd(opening: $0, limit: range.upperBound) == comma }
  }

  /// Whether the verb at `index` is a present participle after a form of `be` (past adverbs):
  /// the clause's own verb, as a finite one is (`has been focusing on enterprise features`).
  private func isProgressive(_ index: Int) -> Bool {
    guard tagged.isLowercaseWord(index), tagged.endsWith(index, "ing") else { return false }
    var auxiliary = index - 1
    while auxiliary > 0, tagged.upos(auxiliary) == .adv { auxiliary -= 1 }
    return tagged.upos(auxiliary) == .aux && tagged.lemma(auxiliary) == "be"
  }

  /// Whether the words from `cut` run into a finite auxiliary (`might`, `was`, `has`) with no
  /// comma, subordinator, relative word or quotation mark between: `cut` is inside the subject
  /// of that verb (`An error triggered by loss of connection | to a database or a backend might
  /// be served quickly`). A participle the tagger took for a past tense may stand before it.
  private func runsIntoVerb(_ cut: Int, in range: Range<Int>) -> Bool {
    for index in (cut + 1)..<max(cut + 1, range.upperBound) {
      if tagged.has(index, [.comma, .subordinator, .relative]) || tagged.has(index, WordFlags.quoteMark) {
        return false
      }
      if tagged.upos(index) == .aux, tagged.isFiniteVerb(index) { return true }
    }
    return false
  }

  /// Whether `cut` is an `and` or `but` before a clause with its own subject, which tells a
  /// happening of its own: no cut before it may leave it out (`made two changes at the break and
  /// her side equalised`).
  private func opensOwnClause(_ cut: Int, in range: Range<Int>) -> Bool {
    guard tagged.isWord(cut, "and") || tagged.isWord(cut, "but") else { return false }
    var verb = cut + 1
    while verb < range.upperBound, [.det, .adj, .noun, .propn, .num, .pron].contains(tagged.upos(verb)) || tagged.isWord(verb, "of") {
      verb += 1
    }
    return verb > cut + 1 && verb < range.upperBound && tagged.isFiniteVerb(verb)
  }

  /// Whether `cut` is the `that` opening what the clause's report says (`told the radio station
  /// by phone | that the family had given up hope`): without it the report says nothing.
  private func opensReported(_ cut: Int, in range: Range<Int>) -> Bool {
    guard tagged.isWord(cut, "that"), let verb = (range.lowerBound..<cut).last(where: { tagged.isFiniteVerb($0) }) else { return false }
    return tagged.has(verb, [.speechVerb, .cognitionVerb])
  }

  /// Whether the verb at `index` opens a second predicate, right after `and`, `but` or `or` past
  /// adverbs: a report's verb there says nothing without what follows it (`said it was concerned
  /// and called | for her release`).
  private func isSecondPredicate(_ index: Int, from start: Int) -> Bool {
    var before = index - 1
    while before > start, tagged.upos(before) == .adv { before -= 1 }
    return before >= start && (tagged.isWord(before, "and") || tagged.isWord(before, "but") || tagged.isWord(before, "or"))
  }

  /// Whether the verb at `index` follows a form of `be`: then it reports nothing (`was called |
  /// off`).
  private func isPassive(_ index: Int) -> Bool {
    tagged.lemma(index - 1) == "be"
  }

  /// Whether `range`, the end of a summary opening at `start`, ends a clause: on a word that
  /// closes a phrase, with a finite verb after the last report, subordinator or relative word
  /// in it (a report also ends after what it says when a quotation stands before it).
  private func holdsClause(_ range: Range<Int>, from start: Int) -> Bool {
    guard let last = range.last, ![.det, .adp, .cconj, .sconj, .aux, .part, .pron].contains(tagged.upos(last)),
      !tagged.has(last, [.preposition, .conjunction, .subordinator, .relative]) || tagged.upos(last) == .adv
    else { return false }
    let whole = start..<range.upperBound
    guard let verb = whole.last(where: { tagged.isFiniteVerb($0) }) else { return false }
    // A verb's object of one word says too little alone: `became the reason | for`, `came just days | after`.
    // A participle before its noun describes it as an adjective does (`faced growing pressure`).
    let named = ((verb + 1)..<range.upperBound).filter {
      [.noun, .propn, .num, .adj].contains(tagged.upos($0))
        || tagged.upos($0) == .verb && tagged.endsWith($0, "ing") && tagged.upos($0 + 1) == .noun
    }
    // One that ends before a second predicate is whole: `the budget was balanced | but warned`.
    let endsPredicate = tagged.isWord(range.upperBound, "and") || tagged.isWord(range.upperBound, "but")
    guard named.count >= Self.keptWords || tagged.isReportingVerb(verb) || endsPredicate else { return false }
    // Each `that`, subordinator or relative word needs a verb of its own after it: one cut inside
    // the subject of a `that` past a relative clause set off in it is a fragment (`warned that
    // the quota, which took effect in March, | could force …`).
    let clauses = whole.filter { isOpener($0) && !tagged.isReportingVerb($0) }
    for (order, opener) in clauses.enumerated() where verbGroups(in: (opener + 1)..<range.upperBound) < clauses.count - order {
      return false
    }
    guard let opener = whole.last(where: { isOpener($0) }) else { return true }
    if ((opener + 1)..<range.upperBound).contains(where: { tagged.isFiniteVerb($0) && !tagged.isWord($0 - 1, "to") }) {
      return true
    }
    return tagged.isReportingVerb(opener) && (start..<opener).contains { tagged.isQuotationMark($0) }
  }

  /// How many verbs in `range` are finite and open a verb group: past an auxiliary, its verb and
  /// adverbs (`could force`, `was not released`) count once, and an infinitive not at all.
  private func verbGroups(in range: Range<Int>) -> Int {
    range.filter { index in
      guard tagged.isFiniteVerb(index), !tagged.isWord(index - 1, "to") else { return false }
      var before = index - 1
      while before >= range.lowerBound, [.adv, .part].contains(tagged.upos(before)) { before -= 1 }
      return before < range.lowerBound || ![.aux, .verb].contains(tagged.upos(before))
    }.count
  }

  /// Whether the word at `index` opens a clause that needs a verb of its own: a report's verb, a
  /// subordinator, a relative word or `that`.
  private func isOpener(_ index: Int) -> Bool {
    tagged.isReportingVerb(index) || tagged.isWord(index, "that")
      || tagged.isLowercaseWord(index) && tagged.has(index, [.subordinator, .relative]) && !tagged.has(index, .preposition)
  }
}
