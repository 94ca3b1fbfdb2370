/// Finds the longest temporal expression that starts at a token: optional leading modifiers
/// (`the`, `early`, `nearly`, `more than`, `the end of`), then the longest phrase one of the rule
/// families reads, then a trailing `or so`.
struct PhraseMatcher {
  var scanner: TimeScanner

  /// What the leading modifiers of a phrase were.
  struct Lead {
    /// The token after the modifiers.
    var core: Int
    /// Whether `the` (or a possessive-free determiner) came first.
    var determiner: Bool
    /// Whether a position in a period (`early`, `the end of`) came first.
    var edge: Bool
    /// Whether that position was joined by a hyphen as a modifier (`late-November`; `mid-1990s`
    /// is how `mid` is written).
    var hyphenatedEdge = false
  }

  /// The expression starting at token `start`, if any. A date after `ended` (`the quarter ended
  /// Sept. 30`) closes the period named before it and does not become the story's time; a
  /// stretch of a report's year (`the first nine months`) makes that year the story's time.
  func match(at start: Int) -> TimeMatch? {
    let lead = modifiers(from: start)
    guard var found = core(at: lead.core, lead: lead) else { return nil }
    if lead.hyphenatedEdge { found.adjectival = true }
    if lead.core > start {
      if !lead.determiner || leadAllowed(found, core: lead.core) { found.start = start } else { return nil }
    }
    if scanner.isWord(found.end, "or"), scanner.isWord(found.end + 1, "so") { found.end += 2 }
    found.tense = tense(around: found)
    if start > 1 && scanner.isAnyWord(start - 1, "ended", "ending") && scanner.isAnyWord(start - 2, "quarter", "period", "year", "half") {
      found.anchorsNarrative = false
    }
    found.startsYearToDate = lead.determiner && lead.core == start + 1 && isYearToDate(found, core: lead.core)
    return found
  }

  /// Whether a duration is a report's stretch of the year so far: `the first nine months`,
  /// `the six months`, `the latest nine months`.
  private func isYearToDate(_ found: TimeMatch, core: Int) -> Bool {
    guard case .duration(let duration) = found.meaning, duration.unit == .month, let months = duration.amount,
      months == 3 || months == 6 || months == 9
    else { return false }
    return scanner.isAnyWord(core, "first", "latest") || scanner.has(core, .cardinal) || scanner.isNumber(core)
  }

  /// The tense the words right around a phrase give it: ahead after a verb's `until` (`extended
  /// until Friday`, not a clause-opening `Until Friday,`) and after `as early as`, back after
  /// `since` and before a possessive `'s` (`Wednesday's ruling`); ahead for a day an object is
  /// planned for (`called a strike for Friday`).
  private func tense(around found: TimeMatch) -> SentenceTense? {
    if found.start > 0 {
      if scanner.isAnyWord(found.start - 1, "until", "till") {
        let opensClause = found.start < 2 || !scanner.isWordToken(found.start - 2) || scanner.isAnyWord(found.start - 2, "up", "not")
        return opensClause ? nil : .future
      }
      // What a stretch runs `since` has begun by the writing: never a month ahead (`have gained
      // 140% since January`, told in November, is this January).
      if scanner.isWord(found.start - 1, "since") { return .simplePast }
      if found.start > 2, scanner.isWord(found.start - 1, "as"), scanner.isAnyWord(found.start - 2, "early", "soon"),
        scanner.isWord(found.start - 3, "as")
      {
        return .future
      }
    }
    if scanner.isPossessive(at: found.end) { return .past }
    return isDay(found) && SentenceTense.namesPlannedTime(found.start, scanner) ? .future : nil
  }

  /// Whether a phrase names a day without its year: a weekday (`Friday`) or a day of a month
  /// (`March 5`).
  private func isDay(_ found: TimeMatch) -> Bool {
    switch found.meaning {
    case .weekday, .dayOfMonth: return true
    case .point(let point, _): return point.year == nil && point.precision >= .day
    default: return false
    }
  }

  /// The core expression at `index` (the longest the rule families find).
  func core(at index: Int, lead: Lead) -> TimeMatch? {
    var best: TimeMatch?
    func consider(_ candidate: TimeMatch?) {
      guard let candidate else { return }
      if candidate.end > (best?.end ?? -1) { best = candidate }
    }
    guard index < scanner.limit else { return nil }
    let token = scanner.tokens[index]
    if token.kind == .number {
      consider(calendarDate(at: index))
      consider(dayOfMonth(at: index))
      consider(year(at: index, lead: lead))
      consider(clockTime(at: index))
      consider(amount(at: index, lead: lead))
      consider(period(at: index, lead: lead))
      return best
    }
    guard let senses = scanner.senses(index) else {
      return token.kind == .punctuation ? year(at: index, lead: lead) : nil
    }
    if senses.has(.month) || senses.has(.weekday) { consider(calendarDate(at: index)) }
    if senses.has(.weekday) { consider(weekday(at: index)) }
    consider(period(at: index, lead: lead))
    consider(relative(at: index, lead: lead))
    consider(amount(at: index, lead: lead))
    consider(year(at: index, lead: lead))
    consider(clockTime(at: index))
    consider(vague(at: index, lead: lead))
    consider(recurrence(at: index))
    return best
  }

  /// Whether a leading `the` may be part of the expression: not before a hyphenated modifier
  /// ("the third-quarter loss"), a frequency ("the daily tally") or a plain calendar date, month
  /// or year ("the Oct. 10 vote", "the 1987 level").
  private func leadAllowed(_ found: TimeMatch, core: Int) -> Bool {
    if found.adjectival || found.kind == .set && scanner.has(core, .frequency) { return false }
    if case .reference = found.meaning, scanner.has(core, .vague), !scanner.isWord(core, "future") { return false }
    if scanner.has(core, .month) || scanner.has(core, .weekday) { return false }
    guard scanner.isNumber(core), case .point(let point, _) = found.meaning else { return true }
    switch point.precision {
    case .year, .month: return false
    case .day: return scanner.isWordToken(core + 1) && scanner.isAttached(core + 1) && scanner.isWord(core + 2, "of")
    default: return true
    }
  }

  /// Reads `the`, approximations and edge words from `start`.
  func modifiers(from start: Int) -> Lead {
    var lead = Lead(core: start, determiner: false, edge: false)
    var index = start
    if scanner.isWord(index, "the") {
      lead.determiner = true
      index += 1
    }
    while let next = approximation(at: index) { index = next }
    if let next = edgeWord(at: index, afterDeterminer: lead.determiner) {
      lead.edge = true
      if scanner.isWord(next - 1, "of") { lead.determiner = false }
      lead.hyphenatedEdge = scanner.isMark(next - 1, UInt8(ascii: "-")) && !scanner.isWord(next - 2, "mid")
      index = next
      if scanner.isWord(index, "the") {
        lead.determiner = true
        index += 1
      }
    }
    lead.core = index
    return lead
  }

  /// The index after an approximation at `index` (`nearly`, `more than`, `at least`, `up to`);
  /// `around` after a verb it goes with (`get around Friday's ruling`) is none.
  private func approximation(at index: Int) -> Int? {
    if scanner.isWord(index, "at") { return scanner.isWord(index + 1, "least") ? index + 2 : nil }
    guard let senses = scanner.senses(index), senses.has(.approximation) else { return nil }
    if scanner.isAnyWord(index, "more", "less", "fewer") {
      return scanner.isWord(index + 1, "than") ? index + 2 : nil
    }
    if scanner.isWord(index, "no"), scanner.isAnyWord(index + 1, "more", "less"), scanner.isWord(index + 2, "than") {
      return index + 3
    }
    if scanner.isWord(index, "up") { return scanner.isWord(index + 1, "to") ? index + 2 : nil }
    if scanner.isWord(index, "around"), index > 0,
      scanner.isAnyWord(index - 1, "get", "gets", "got", "getting", "go", "going", "went", "come", "came", "turn", "turned", "work", "worked")
    {
      return nil
    }
    return scanner.isAnyWord(index, "nearly", "around", "approximately", "roughly") ? index + 1 : nil
  }

  /// The index after a position in a period at `index`: `early`, `late`, `mid`/`mid-`,
  /// `earlier`/`later` (before `this`, `last`…), or `end of`, `beginning of`… after `the`.
  private func edgeWord(at index: Int, afterDeterminer: Bool) -> Int? {
    if scanner.isAnyWord(index, "earlier", "later") {
      let next = index + 1
      if scanner.isAnyWord(next, "this", "last", "next", "that") { return next }
      if scanner.isWord(next, "in"), scanner.isWord(next + 1, "the") { return next + 1 }
      return nil
    }
    if scanner.isWord(index, "sometime") { return index + 1 }
    guard let edge = scanner.value(index, .edge) else { return nil }
    if scanner.isAnyWord(index, "early", "late", "mid") {
      return scanner.afterHyphen(index + 1) ?? index + 1
    }
    if afterDeterminer && edge > 0 && scanner.isWord(index + 1, "of") { return index + 2 }
    return nil
  }
}
