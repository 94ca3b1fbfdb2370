/// Amounts of time and what follows them: `three months` (P3M), `a few days` (PXD),
/// `two-year`, `a year and a half`, `two days ago`, `a year earlier`, `three weeks later`,
/// `months ago` (PAST_REF), `for years` (PXY), `the first nine months`, `decade-long`.
extension PhraseMatcher {
  func amount(at index: Int, lead: Lead) -> TimeMatch? {
    if scanner.isWord(index, "first"), let found = amount(at: index + 1, lead: lead), case .duration = found.meaning {
      return TimeMatch(index, found.end, found.meaning, kind: .duration)
    }
    if let unit = unit(at: index), let end = afterLong(index) {
      var found = durationMatch(index, end, isPlural(index) ? nil : 1, unit)
      found.adjectival = true
      return found
    }
    if let unit = unit(at: index), isPlural(index) { return bareUnits(at: index, unit: unit, lead: lead) }
    guard let (count, afterCount) = quantity(at: index) else { return nil }
    if scanner.isAnyWord(index, "a", "an"), afterLong(afterCount) != nil { return nil }
    let unitIndex = scanner.has(afterCount, .between) && self.unit(at: afterCount + 1) != nil ? afterCount + 1 : afterCount
    guard let unit = unit(at: unitIndex), unit != .half else { return nil }
    if count == 1 && isPlural(unitIndex) && !scanner.isWord(index, "one") { return nil }
    if count == nil && !isPlural(unitIndex) { return nil }
    if scanner.isNumber(index) && scanner.digitCount(index) == 4 && !isPlural(unitIndex) { return nil }
    if isProperName(unitIndex) { return nil }
    if scanner.isWord(unitIndex, "second") && scanner.isWordToken(unitIndex + 1) && !scanner.has(unitIndex + 1, .direction) {
      return nil
    }
    if scanner.isWord(unitIndex, "second") && (scanner.has(unitIndex + 1, .unit) || scanner.afterHyphen(unitIndex + 1) != nil) { return nil }
    if scanner.isAnyWord(index, "a", "an") && isRate(before: index) && !scanner.isAnyWord(unitIndex + 1, "ago", "earlier", "later") {
      return nil
    }
    var end = unitIndex + 1
    if scanner.isAttached(end), let afterHyphen = scanner.afterHyphen(end), scanner.isAnyWord(afterHyphen, "old", "earlier", "ago") {
      return nil
    }
    if unit == .quarter && scanner.isWord(end, "of") { return nil }
    if scanner.isWord(end, "old") { return nil }
    var total = count
    if scanner.isWord(end, "and"), scanner.isWord(end + 1, "a"), scanner.isWord(end + 2, "half"), let whole = count {
      total = whole + 0.5
      end += 3
    }
    if scanner.isWord(end, "or"), scanner.isWord(end + 1, "so"), scanner.has(end + 2, .direction) { end += 2 }
    if let found = shifted(index, end, total, unit) { return found }
    var found = durationMatch(index, end, total, unit)
    found.adjectival = scanner.afterHyphen(unitIndex - 1) != nil && scanner.isAttached(unitIndex)
    return found
  }

  /// An amount followed by `ago`, `earlier`, `later`, `before`, `after`, `from now` or `hence`.
  private func shifted(_ start: Int, _ end: Int, _ count: Double?, _ unit: CalendarUnit) -> TimeMatch? {
    guard let direction = scanner.value(end, .direction) ?? (scanner.isWord(end, "from") && scanner.isWord(end + 1, "now") ? 1 : nil)
    else { return nil }
    // A comparison measures by how much, and places nothing: `six months later than planned`.
    if scanner.isAnyWord(end, "earlier", "later"), scanner.isWord(end + 1, "than") { return nil }
    let stop = scanner.isWord(end, "from") ? end + 2 : end + 1
    guard let count else {
      return direction == -1 ? TimeMatch(start, stop, .reference(.past)) : nil
    }
    let whole = Int(count)
    guard Double(whole) == count else { return nil }
    let (durationUnit, size) = unit.duration
    let steps = unit == .fortnight ? whole * 2 : whole
    let stepUnit = unit == .fortnight ? CalendarUnit.week : unit
    switch direction {
    case -1:
      var found = TimeMatch(start, stop, .ago(stepUnit, -steps))
      found.anchorsNarrative = stepUnit != .year
      return found
    case 1: return TimeMatch(start, stop, .fromReference(stepUnit, steps))
    default:
      let forward = direction > 0
      let shift = TimeShift(amount: whole * Int(size), unit: durationUnit, direction: forward ? .after : .before)
      if scanner.isAnyWord(end, "before", "after") && opensNounPhrase(end + 1) {
        var found = durationMatch(start, end, count, unit)
        found.shift = shift
        return found
      }
      var found = TimeMatch(start, stop, .fromNarrative(stepUnit, forward ? steps : -steps, keepsPrecision: true))
      found.shift = shift
      found.anchorsNarrative = false
      return found
    }
  }

  /// The index after `-long` right after the unit at `index` (`decade-long`, `days-long`).
  private func afterLong(_ index: Int) -> Int? {
    guard scanner.isAttached(index + 1), let after = scanner.afterHyphen(index + 1), scanner.isAttached(after), scanner.isWord(after, "long")
    else { return nil }
    return after + 1
  }

  /// Whether `a` at `index` reads "per" (`$5 a day`, `twice a week`, `four flights a week`).
  private func isRate(before index: Int) -> Bool {
    guard index > 0 else { return false }
    let previous = index - 1
    if scanner.isNumber(previous) || scanner.isMark(previous, UInt8(ascii: "%")) { return true }
    if scanner.isAnyWord(previous, "percent", "times", "twice", "once", "thrice") { return true }
    let token = scanner.tokens[previous]
    return token.kind == .word && token.length > 3 && !token.isCapitalized
      && scanner.text[Int(token.end) - 1] == UInt8(ascii: "s") && scanner.text[Int(token.end) - 2] != UInt8(ascii: "s")
  }

  /// Whether the word at `index` is capitalized inside a sentence of lower-case text, as in a name
  /// (`60 Minutes`, `High Noon`).
  func isProperName(_ index: Int) -> Bool {
    guard scanner.isCapitalized(index), !scanner.tokens[index].flags.contains(.allUpper), index > 0 else { return false }
    let previous = scanner.tokens[index - 1]
    return !(previous.kind == .punctuation && scanner.text[Int(previous.start)] == UInt8(ascii: "."))
      && !isAllCapitalized(around: index)
  }

  /// Whether the words before `index` in its sentence are all capitalized (a headline).
  private func isAllCapitalized(around index: Int) -> Bool {
    var word = index - 1
    var seen = 0
    while word >= 0 && seen < 3 {
      if scanner.tokens[word].kind == .word {
        if !scanner.tokens[word].isCapitalized { return false }
        seen += 1
      }
      word -= 1
    }
    return seen > 0
  }


  /// Units without a number: `months ago` (PAST_REF), `for years`, `over the years` (PXY), `the
  /// weeks ahead` (PXW); not `the weeks before` an event, which the event would date.
  private func bareUnits(at index: Int, unit: CalendarUnit, lead: Lead) -> TimeMatch? {
    if scanner.isWord(index + 1, "ago") { return TimeMatch(index, index + 2, .reference(.past)) }
    if lead.determiner && lead.core == index && !isProperName(index) && !scanner.isAnyWord(index + 1, "before", "after") {
      return durationMatch(index, scanner.isWord(index + 1, "ahead") ? index + 2 : index + 1, nil, unit)
    }
    guard index > 0, scanner.isAnyWord(index - 1, "for", "over", "within"), !scanner.isWordToken(index + 1) || scanner.isAnyWord(index + 1, "and", "or", "now", "to", "in") else {
      return nil
    }
    return durationMatch(index, index + 1, nil, unit)
  }

  /// A count at `index` and the index after it: a number, `a`/`an` (one), `a few`, `several`,
  /// `a couple of`, `half a`. A `nil` count is an unspecified number.
  func quantity(at index: Int) -> (Double?, Int)? {
    if let (value, end) = scanner.cardinal(at: index) {
      if scanner.isAnyWord(end, "to", "or") || scanner.isMark(end, UInt8(ascii: "-")) && scanner.isAttached(end) && scanner.isNumber(end + 1),
        let (_, rangeEnd) = scanner.cardinal(at: end + 1), unit(at: rangeEnd) != nil
      {
        return (nil, rangeEnd)
      }
      if let after = scanner.afterHyphen(end), scanner.isAttached(end), unit(at: after) != nil { return (value, after) }
      return (value, end)
    }
    if scanner.isAnyWord(index, "a", "an") {
      if scanner.isWord(index + 1, "few") { return (nil, index + 2) }
      if scanner.isWord(index + 1, "additional") { return (1, index + 2) }
      if scanner.isWord(index + 1, "couple") { return (2, scanner.isWord(index + 2, "of") ? index + 3 : index + 2) }
      return (1, index + 1)
    }
    if scanner.isWord(index, "half"), scanner.isAnyWord(index + 1, "a", "an") { return (0.5, index + 2) }
    if scanner.isWord(index, "couple"), scanner.isWord(index + 1, "of") { return (2, index + 2) }
    if scanner.isAnyWord(index, "few", "several", "many", "some") { return (nil, index + 1) }
    return nil
  }
}
