/// A clause that tells what will happen on a named day or in a named month: `The rules will come
/// into effect on 1 February`, `said the plant would close on Friday`, `is due to deliver his
/// budget on 5 July`, `will close two plants in June`. A future told with its day or month is an
/// event of that time (a forecast, kept apart when stories are merged), and so is one told with
/// its year when someone is to do something (`will open a plant in 2027`); a future without a
/// time, or a measure to change in a year (`sales will rise in 2026`: a forecast), is not. A
/// present tells a schedule with a time after the publication date (`ships in October`, `is due
/// early next year`, `The next meeting is on August 14`, `plans a trial, starting in the autumn`).
struct ScheduledClause {
  let tagged: TaggedText

  /// The main verb of `range` after `will`, `would`, `shall`, `'ll` or a plan's `to`, when one of
  /// `times` (the clause's temporal expressions) names a month, a day or a finer time after it; nil
  /// otherwise.
  func verb(in range: Range<Int>, times: [Int]) -> Int? {
    var index = range.lowerBound
    while index < range.upperBound, !isFutureModal(index) { index += 1 }
    guard index < range.upperBound || continuesFuture(range) else { return presentVerb(in: range, times: times) }
    // What only may happen (`could reach the coast on Thursday`) is an event when its time is
    // ahead of the publication or is a month or week that runs past its day (`could begin
    // service in September`, told on September 5), not when it is over by then (`You could get
    // the list today`) or a year (`what AI could mean for teams in 2024`).
    let isPossibility = index < range.upperBound && isPossibility(index)
    var verb = index < range.upperBound ? index + 1 : range.lowerBound
    while verb < range.upperBound, [.adv, .part, .aux, .cconj].contains(tagged.upos(verb)) || tagged.has(verb, .comma) {
      verb += 1
    }
    // After `be`, an adjective is what is to come: `will be available on June 24`.
    guard verb < range.upperBound,
      tagged.upos(verb) == .verb || tagged.upos(verb) == .adj && tagged.isWord(verb - 1, "be"), tagged.isLowercaseWord(verb)
    else { return nil }
    // A year is enough for what someone is to do (`will open a plant in Ghent in 2027`), not
    // for a measure that is to change (`sales will rise in 2026`: a forecast).
    // The year is the clause's own, after `in` or a deadline's `by` or `before`, or `until` that
    // ends what is to be done or not done (`will keep mapping the crater until the end of 2025`,
    // `will not reopen until 2027`; not what only may last, `could last until 2027`); `the plans
    // we have in place for 2011` is not.
    let yearIsEnough = !isChangeOfMeasure(verb)
    let negated = (range.lowerBound..<verb).contains { tagged.isWord($0, "not") || tagged.isWord($0, "never") }
    let isDated = times.contains { time in
      guard let point = tagged.times[time].value.point, point.precision >= .year,
        let first = (verb..<range.upperBound).first(where: { tagged.timeOf[$0] == Int32(time) })
      else { return false }
      guard !isPossibility || isAhead(time, orRunning: point.precision >= .month) else { return false }
      let opener = opener(of: first)
      // A year told without a preposition is the clause's own too: `will begin later this year`.
      let opensPhrase = ["in", "by", "before"].contains { tagged.isWord(opener, $0) }
        || (negated || !isPossibility) && tagged.isWord(opener, "until")
        || opener >= verb && !tagged.has(opener, .preposition) && tagged.upos(opener) != .adp && !tagged.endsWith(opener, "ing")
      return point.precision >= .month || yearIsEnough && opensPhrase
    }
    return isDated ? verb : nil
  }

  /// The present verb of a main clause `range` with no time of its own whose time stands in the
  /// present participle set off after it (`The team plans a trial of the drug, starting in the
  /// autumn`): the participle tells when what the clause plans or offers begins, ends or runs.
  /// A participle of starting gives its start to a future too (`Judges will hear the case over
  /// four days, starting on Wednesday`). `times` are the participle's.
  func verb(in range: Range<Int>, participle: Range<Int>, times: [Int]) -> Int? {
    guard !times.isEmpty, let first = participle.first, tagged.upos(first) == .verb, tagged.endsWith(first, "ing"),
      tagged.isLowercaseWord(first)
    else { return nil }
    let whole = range.lowerBound..<participle.upperBound
    let starts = tagged.isStartingParticiple(first)
    let found = starts ? verb(in: whole, times: times) : presentVerb(in: whole, times: times)
    return found.flatMap { range.contains($0) ? $0 : nil }
  }

  /// The verbs that tell a measure going up, down or past a mark, or a state held (`employ`,
  /// `have`): what a forecast tells, not a happening.
  private static let changeOfMeasure: Set<String> = [
    "rise", "fall", "grow", "increase", "decrease", "decline", "drop", "reach", "exceed", "overtake", "surpass",
    "double", "triple", "halve", "climb", "slow", "shrink", "top", "hit", "outnumber", "peak", "recover", "return",
    "remain", "stay", "last", "be", "become", "make", "account", "cost", "total", "pass", "employ", "have",
  ]

  /// The verbs whose infinitive tells what their subject means or expects to do: `plan to close`,
  /// `hope to complete`, `expected to cut`.
  private static let planVerbs: Set<String> = ["plan", "hope", "expect", "intend", "aim"]

  /// Whether the verb at `index` tells a measure changing: a forecast, not a happening.
  private func isChangeOfMeasure(_ index: Int) -> Bool { Self.changeOfMeasure.contains(tagged.lemma(index)) }

  /// How many tokens before a list's next predicate its future modal may stand.
  static let modalReach = 16

  /// Whether `range` goes on a list of predicates under a future modal before it in its sentence
  /// (`will cut 300 jobs in May, | and close two plants in June`): it opens with `and` or `or`
  /// and a verb in its base form.
  private func continuesFuture(_ range: Range<Int>) -> Bool {
    var first = range.lowerBound
    while first < range.upperBound, tagged.has(first, .comma) { first += 1 }
    guard tagged.isWord(first, "and") || tagged.isWord(first, "or") else { return false }
    var verb = first + 1
    while verb < range.upperBound, tagged.upos(verb) == .adv { verb += 1 }
    guard verb < range.upperBound, tagged.upos(verb) == .verb, tagged.isWrittenAsLemma(verb)
    else { return false }
    let sentence = tagged.sentenceOf[first]
    var index = first - 1
    while index >= max(0, first - Self.modalReach), tagged.sentenceOf[index] == sentence {
      if isFutureModal(index) { return true }
      index -= 1
    }
    return false
  }

  /// Whether the token puts the verb after it ahead: `will`, `would`, `shall`, `'ll`, a modal of
  /// what may or ought to come (`could`, `might`, `may`, `should`), or `to` after a word of plans
  /// (`is due to`, `is set to`, `plans to`).
  private func isFutureModal(_ index: Int) -> Bool {
    if tagged.isWord(index, "to") { return index > 0 && isPlanWord(index - 1) }
    return tagged.isWord(index, "will") || tagged.isWord(index, "would") || tagged.isWord(index, "shall")
      || tagged.isWord(index, "ll") || isPossibility(index)
  }

  /// Whether the token is a modal of what may or ought to come: `could`, `might`, `may`,
  /// `should` (a recommendation is of its time only when that is ahead).
  private func isPossibility(_ index: Int) -> Bool {
    tagged.isWord(index, "could") || tagged.isWord(index, "might") || tagged.isWord(index, "should")
      || tagged.isWord(index, "may") && tagged.isLowercaseWord(index) && tagged.upos(index) == .aux
  }

  /// Whether temporal expression `time` begins after the publication date or, with
  /// `orOnTheDay`, lies within the publication day (`on Thursday`, told on that Thursday), or,
  /// with `orRunning`, ends after it (`in September`, told on September 5).
  private func isAhead(_ time: Int, orOnTheDay: Bool = false, orRunning: Bool = false) -> Bool {
    guard let published = tagged.document.metadata.published, let day = published.interval,
      let span = tagged.times[time].value.interval
    else { return false }
    if span.lowerBound > day.upperBound || orRunning && span.upperBound > day.upperBound { return true }
    return orOnTheDay && published.point?.precision == .day && span.lowerBound >= day.lowerBound
      && span.upperBound <= day.upperBound
  }

  /// The verb of a clause told in the plain present with a day, month or season after the
  /// publication date (`They travel to Sunderland next Saturday`, `The trial starts on 3 June`):
  /// the present of what is scheduled. The verb is the clause's first, with no auxiliary (else a
  /// copula of a schedule: `scheduledCopula`); its subject is no indefinite common noun phrase
  /// (`A couple wakes up on the 15th of May` tells a story's present); the time comes after it
  /// and dates the clause, after a preposition or as `next`, `this` or `coming` (not `the year
  /// ending June 2010`). A subject set off with a relative clause stands before that clause
  /// (`Rovers, who sit fourth, travel to Marston on Sunday`).
  private func presentVerb(in range: Range<Int>, times: [Int]) -> Int? {
    // A present read as a plural noun before the first verb is the clause's own verb, not the
    // one after `and` (`Work starts on Monday and lasts until spring`).
    let first = range.first(where: { (tagged.upos($0) == .verb || tagged.upos($0) == .aux) && !isModifyingGerund($0) })
    guard let verb = misreadPresent(in: range.lowerBound..<(first ?? range.upperBound)) ?? first,
      !isIndefiniteSubject(before: verb, in: range),
      // A condition tells no schedule: `If the vote fails on Thursday, …`.
      !tagged.isWord(range.lowerBound, "if"), !tagged.isWord(range.lowerBound, "unless")
    else { return nil }
    guard tagged.upos(verb) == .verb || tagged.upos(verb) == .noun,
      tagged.isLowercaseWord(verb), !tagged.has(verb, .pastVerb), !tagged.endsWith(verb, "ed"), !tagged.endsWith(verb, "ing"),
      verb > range.lowerBound || tagged.followsRelativeAside(verb), tagged.upos(verb - 1) != .part, !tagged.has(verb - 1, .modal), tagged.timeOf[verb] < 0
    else { return scheduledCopula(in: range, times: times) }
    // A season, a quarter or a half is as fine a time as a schedule names (`starts in the
    // autumn`); so is a year for what someone is to do (`retires in 2028`, `plans a second
    // study from next year`) or expects (`expects a profit of 900 million euros in fiscal 2027`,
    // `forecasts sales for FY2026`), not for a measure or a state (`employs 300 people in 2026`).
    let forecasts = Self.forecastVerbs.contains(tagged.lemma(verb))
    let yearIsEnough = forecasts || !isChangeOfMeasure(verb)
    let isScheduled = times.contains { time in
      guard let point = tagged.times[time].value.point, point.precision > .year || yearIsEnough && point.precision == .year,
        isAhead(time, orOnTheDay: true),
        let first = (verb..<range.upperBound).first(where: { tagged.timeOf[$0] == Int32(time) })
      else { return false }
      let opener = opener(of: first)
      // What is expected is a noun phrase (`a profit of …`), not a clause of a measure to change
      // (`expects rates to rise in 2023`).
      if point.precision == .year {
        // The year of a plan is the verb's own, with no participle between (`plays a role in the
        // economy, contributing $9 billion in 2016` is not).
        let namesClause = (verb + 1..<first).contains { index in
          tagged.upos(index) == .aux || tagged.upos(index) == .verb && (!forecasts || !tagged.endsWith(index, "ing"))
        }
        let opens = tagged.isWord(opener, "in") || tagged.isWord(opener, "by")
          || tagged.isWord(opener, forecasts ? "for" : "from")
        return !namesClause && opens
      }
      // A day named after `on` may be the publication day itself (`The council votes on
      // Thursday`, told on a Thursday).
      if !isAhead(time) { return point.precision == .day && tagged.isWord(opener, "on") }
      let opensPhrase = tagged.upos(opener) == .adp && !tagged.isWord(opener, "of") && !tagged.isWord(opener, "for")
      return opensPhrase || tagged.isWord(first, "next") || tagged.isWord(first, "this") || tagged.isWord(first, "coming")
    }
    return isScheduled ? verb : nil
  }

  /// Whether the word at `index` is a form in `-ing` right before a noun, modifying it (`Clearing
  /// places remain open until 21 October`, `Rising prices`): part of a noun phrase, not its verb.
  private func isModifyingGerund(_ index: Int) -> Bool {
    tagged.upos(index) == .verb && tagged.endsWith(index, "ing") && tagged.upos(index + 1) == .noun
      && (index == 0 || tagged.upos(index - 1) != .aux)
  }

  /// The present verb of a clause `range` with no verb that the tagger read as a plural noun
  /// after a singular subject (`The state legislature convenes on Feb. 2`): the word ending in
  /// `s` right after the subject's noun and before a preposition, that the tagger does not know
  /// as a noun or a name (`Population estimates at 30 June` is a title).
  private func misreadPresent(in range: Range<Int>) -> Int? {
    range.first { index in
      index > range.lowerBound && tagged.upos(index) == .noun && tagged.endsWith(index, "s") && tagged.isLowercaseWord(index)
        && tagged.upos(index - 1) == .noun && tagged.upos(index + 1) == .adp
        && tagged.usualTag(index) != .noun && tagged.usualTag(index) != .propn
    }
  }

  /// The present forecast verb of a main clause `range` after an opening adverbial `opening` of
  /// `for` or `in` whose `times` name a year or a finer time after the publication date (`For
  /// FY2026, Haldorf expects operating profit of 900 million euros`).
  func verb(in range: Range<Int>, opening: Range<Int>, times: [Int]) -> Int? {
    guard let first = opening.first, tagged.isWord(first, "for") || tagged.isWord(first, "in"),
      let verb = range.first(where: { tagged.upos($0) == .verb || tagged.upos($0) == .aux }),
      tagged.upos(verb) == .verb, Self.forecastVerbs.contains(tagged.lemma(verb)), tagged.isLowercaseWord(verb),
      !tagged.has(verb, .pastVerb), !tagged.endsWith(verb, "ed"), !tagged.endsWith(verb, "ing")
    else { return nil }
    let isAheadYear = times.contains { time in
      (tagged.times[time].value.point?.precision ?? .century) >= .year && isAhead(time)
    }
    return isAheadYear ? verb : nil
  }

  /// The verbs whose present tells what someone expects for a time to come: `expects a profit of
  /// 900 million euros in 2027`.
  private static let forecastVerbs: Set<String> = ["expect", "forecast", "project", "predict", "anticipate", "target"]

  /// The word before the temporal expression starting at `first`, past a determiner: `in` in
  /// `in the 2026-27 financial year`.
  private func opener(of first: Int) -> Int {
    tagged.upos(first - 1) == .det && !tagged.isWord(first - 1, "this") ? first - 2 : first - 1
  }

  /// Whether `range` opens with `a` or `an` before a common noun that ends before `verb`: a
  /// story's present (`A couple wakes up on the 15th of May`). An indefinite name is a thing of
  /// the news (`A larger Vega 7 Pro costs $1,099 and ships in October`), and so is what a report
  /// tells.
  private func isIndefiniteSubject(before verb: Int, in range: Range<Int>) -> Bool {
    guard tagged.isWord(range.lowerBound, "a") || tagged.isWord(range.lowerBound, "an") else { return false }
    // What a report tells is news, not a story's present: `An inquiry into the tackle begins on
    // Monday, the league said`.
    let sentence = tagged.sentences[Int(tagged.sentenceOf[range.lowerBound])].tokens
    if sentence.contains(where: { !range.contains($0) && tagged.has($0, .speechVerb) && tagged.upos($0) == .verb }) {
      return false
    }
    var head = verb - 1
    if tagged.upos(head) == .num, head > range.lowerBound { head -= 1 }
    return tagged.upos(head) != .propn
  }

  /// The words that tell after `is` or `are` that something is planned for a time: `is due`,
  /// `are expected`, `is scheduled for`.
  private static let planAdjectives: Set<String> = ["due", "expected", "scheduled", "slated", "planned", "set"]

  /// The trigger of a clause that tells with `is` or `are` what is planned for a time after the
  /// publication date: a plan word (`The Zap 5 is due early next year`, `Results are expected in
  /// 2029`), or the copula itself when the subject names an event (`The next meeting is on
  /// August 14`). The time comes right after the plan word or the copula, or after a preposition
  /// there; a plan word makes a year enough. The subject may stand in a segment before, set off
  /// by an apposition (`the firm's first folding model, the Vega Fold, is due in May`).
  private func scheduledCopula(in range: Range<Int>, times: [Int]) -> Int? {
    // Only participles used as modifiers may come before it: `the first folding model … is due`.
    guard let copula = range.first(where: { tagged.isWord($0, "is") || tagged.isWord($0, "are") }),
      tagged.isLowercaseWord(copula), !tagged.has(copula - 1, .modal),
      !(range.lowerBound..<copula).contains(where: { index in
        (tagged.upos(index) == .verb || tagged.upos(index) == .aux) && !tagged.endsWith(index, "ing")
          && !tagged.endsWith(index, "ed")
      })
    else { return nil }
    var next = copula + 1
    while next < range.upperBound, tagged.upos(next) == .adv, tagged.timeOf[next] < 0 { next += 1 }
    let trigger: Int
    if next < range.upperBound, tagged.timeOf[next] < 0, Self.planAdjectives.contains(tagged.string(tokens: next..<(next + 1))) {
      trigger = next
      next += 1
    } else if (range.lowerBound..<copula).contains(where: { tagged.has($0, .triggerNoun) && tagged.isLowercaseWord($0) })
      || namesOccasion(before: copula, at: next, in: range)
    {
      trigger = copula
    } else {
      return nil
    }
    let start = next < range.upperBound && tagged.upos(next) == .adp && tagged.timeOf[next] < 0 ? next + 1 : next
    let finest: TimePoint.Precision = trigger != copula ? .year : namesOccasion(before: copula, at: next, in: range) ? .day : .half
    guard start < range.upperBound, case let time = Int(tagged.timeOf[start]), time >= 0, times.contains(time), isAhead(time),
      let point = tagged.times[time].value.point, point.precision >= finest
    else { return nil }
    return trigger
  }

  /// Whether the token tells a plan as a finite verb (`plans`, `planned`, `hope`, `expected`) or
  /// after a form of `be` (`is due`, `are set`; not the modifier in `a contract due to expire`).
  private func isPlanWord(_ index: Int) -> Bool {
    if tagged.isWord(index, "plans") || tagged.isWord(index, "planned") { return true }
    // The tagger may read a plural subject's `plan` as a compound's noun: `The firms plan to`.
    let isFinite = tagged.upos(index) == .verb
      || tagged.upos(index) == .noun && tagged.upos(index - 1) == .noun && tagged.endsWith(index - 1, "s")
    if isFinite, !tagged.endsWith(index, "ing"), Self.planVerbs.contains(tagged.lemma(index)) { return true }
    guard index > 0, tagged.upos(index - 1) == .aux else { return false }
    return tagged.isWord(index, "due") || tagged.isWord(index, "set") || tagged.isWord(index, "scheduled")
      || tagged.isWord(index, "slated") || tagged.isWord(index, "expected") || tagged.isWord(index, "going")
      || tagged.isWord(index, "poised")
  }
}
