/// The tense of the clause around a temporal expression, from the nearest tense marker: an
/// auxiliary (`was`, `will`), a common irregular past form, or a verb ending in `-ed`.
enum SentenceTense {
  case past, present, future, unknown
  /// A finite past verb that governs the expression itself (`The board voted in April`): what
  /// it dates happened before the writing.
  case simplePast

  /// The tense nearest to the tokens `expression` within `sentence` (tokens before the expression
  /// are looked at first, nearest first, then those after it), past a relative clause set off by
  /// commas outside the expression's own clause (`The Rovers, who lost twice, face Marston on Sunday`).
  static func around(_ expression: Range<Int>, in sentence: Range<Int>, scanner: TimeScanner) -> SentenceTense {
    var index = expression.lowerBound - 1
    while index >= sentence.lowerBound {
      if let opening = relativeAsideOpening(closingAt: index, in: sentence, scanner) {
        index = opening - 1
        continue
      }
      if followsPastPlan(index, scanner), namesOccurrence(expression, scanner), !opensNounPhrase(index + 1, scanner) {
        return .present
      }
      if let tense = marker(index, scanner) {
        if tense == .past,
          opensReport(after: index, before: expression.lowerBound, in: sentence, scanner)
            || opensReport(after: index, withSubject: expression, in: sentence, scanner)
        {
          return clauseTense(after: expression, in: sentence, scanner) ?? .unknown
        }
        if opensPeriodAhead(expression.lowerBound, scanner), tense == .present || tense == .past && isPerfect(index, scanner) {
          return .future
        }
        if tense == .past, predictsAhead(before: expression.lowerBound, in: sentence, scanner) { return .future }
        let governs =
          tense == .past
          && (governsDirectly(past: index, before: expression.lowerBound, in: sentence, scanner)
            || governsThroughGerund(past: index, before: expression.lowerBound, in: sentence, scanner))
        return governs ? .simplePast : tense
      }
      index -= 1
    }
    index = expression.upperBound
    while index < sentence.upperBound {
      if let closing = relativeAsideClosing(openingAt: index, in: sentence, scanner) {
        index = closing + 1
        continue
      }
      if let tense = marker(index, scanner) {
        if tense == .past, reportsClause(before: expression, verb: index, in: sentence, scanner) { return .unknown }
        let governs = tense == .past && governsFronted(past: index, after: expression, in: sentence, scanner)
        return governs ? .simplePast : tense
      }
      index += 1
    }
    return .unknown
  }

  /// The tense the word at `index` marks, if any: an auxiliary, a past form, a word of plans.
  static func marker(_ index: Int, _ scanner: TimeScanner) -> SentenceTense? {
    let token = scanner.tokens[index]
    guard token.kind == .word else { return nil }
    if scanner.isWord(index, "to") {
      return looksAhead(before: index, scanner) && !opensNounPhrase(index + 1, scanner) || isProspectivePassive(index, scanner)
        ? .future : nil
    }
    if scanner.isAnyWord(index, "set", "slated"), scanner.isWord(index + 1, "for"), !hadBefore(index, scanner) { return .future }
    if isForwardExpectation(index, scanner) { return .future }
    if isBarePastAfterSingular(index, scanner) || isBarePastBeforeScore(index, scanner) { return .past }
    if isPresentExpectation(index, scanner) || isReportedExpectation(index, scanner)
      || scanner.isWord(index, "won") && isContractedNot(index + 1, scanner)
    {
      return .future
    }
    // An expectation set off after a noun (`The report, expected in February, will …`) is no
    // finite verb: the clause around it gives the tense.
    if index > 0, scanner.isMark(index - 1, UInt8(ascii: ",")), isExpectation(index, scanner) { return nil }
    if let tense = possibility(index, scanner) { return tense }
    let value = Int(scanner.entries[index].tense)
    if value != Int(TimeWordEntry.noTense) {
      if value == ignored || (value < 0 || endsInED(token, scanner)) && isParticiple(index, scanner) { return nil }
      if value < 0, followsModal(index, scanner) { return nil }
      return value < 0 ? .past : value > 0 ? .future : .present
    }
    if token.length >= 5 && endsInED(token, scanner) && !token.isCapitalized && !isParticiple(index, scanner) {
      return .past
    }
    return nil
  }

  /// The tense a modal of what may or ought to come gives (`could`, `should`, a lowercase `may`
  /// before a word): ahead (`The plant could reopen in September`), but past when a perfect
  /// follows it (`may have left`) or when `could` is denied, after it or by its subject (`could
  /// not be reached`, `Neither he nor his family could be located Wednesday`): what was not
  /// possible then.
  private static func possibility(_ index: Int, _ scanner: TimeScanner) -> SentenceTense? {
    guard scanner.isAnyWord(index, "could", "should")
      || scanner.isWord(index, "may") && !scanner.isCapitalized(index) && scanner.isWordToken(index + 1)
    else { return nil }
    if scanner.isWord(index + 1, "have") { return .past }
    guard scanner.isWord(index, "could") else { return .future }
    if scanner.isAnyWord(index + 1, "not", "never") || isContractedNot(index + 1, scanner) { return .past }
    var word = index - 1
    while word >= 0, index - word <= 8, scanner.tokens[word].kind == .word || scanner.isPossessive(at: word) {
      if scanner.isAnyWord(word, "neither", "nor", "nobody", "none", "no") { return .past }
      word -= 1
    }
    return .future
  }

  /// Whether the word at `index` is a verb whose past form is its bare form (`forecast`, `cut`,
  /// `hit`) told of a singular subject, whose present would take an `-s`: `he`, `she` or `it` (`the
  /// figure it forecast in April`), or a singular noun phrase that opens the clause (`The storm hit
  /// on Friday`, `Apple cut prices`), not one after a verb (`expects a rate cut in March`). A
  /// phrase set off by commas may stand between them (`Halvard, a food maker, cut`). Not after an
  /// auxiliary or a modal, where the word is a participle or a base form whose tense the auxiliary
  /// gives (`The bridge will be shut until Friday`).
  private static func isBarePastAfterSingular(_ index: Int, _ scanner: TimeScanner) -> Bool {
    guard index > 0, isBarePast(index, scanner), !isVerbGroupWord(index - 1, scanner) else { return false }
    guard let subject = scanner.isWordToken(index - 1) ? index - 1 : subjectBeforeSetOff(closingAt: index - 1, scanner)
    else { return false }
    if scanner.isAnyWord(subject, "he", "she", "it") { return true }
    return opensSingularClause(endingAt: subject, scanner) && !isNounBeforeVerb(index, scanner)
  }

  /// Whether an auxiliary follows the word at `index` in its clause: then the word is a noun
  /// (`A tax cut in March would help`), not the clause's verb.
  private static func isNounBeforeVerb(_ index: Int, _ scanner: TimeScanner) -> Bool {
    var next = index + 1
    while next < scanner.limit, next - index <= 10, scanner.tokens[next].kind != .punctuation {
      if scanner.isAnyWord(
        next, "will", "would", "is", "was", "are", "were", "could", "may", "might", "should", "has", "had", "can", "must")
      {
        return true
      }
      next += 1
    }
    return false
  }

  /// Whether the words up to `noun` are a singular noun phrase at the start of a clause: a noun
  /// without a plural `-s` after a determiner and at most two modifiers, or a run of capitalised
  /// words, with the start of the text, a mark, a number, a capitalised word (`On Monday the storm hit`) or a
  /// conjunction before it.
  private static func opensSingularClause(endingAt noun: Int, _ scanner: TimeScanner) -> Bool {
    let token = scanner.tokens[noun]
    let end = Int(token.end)
    let last = scanner.text[end - 1] | 0x20
    guard token.length >= 2, last != UInt8(ascii: "s") || scanner.text[end - 2] | 0x20 == UInt8(ascii: "s") else {
      return false
    }
    var start = noun
    while start > 0, noun - start < 3, scanner.isWordToken(start - 1) {
      if isDeterminer(start - 1, scanner) {
        start -= 1
        break
      }
      guard token.isCapitalized == scanner.tokens[start - 1].isCapitalized else { break }
      start -= 1
    }
    guard token.isCapitalized || isDeterminer(start, scanner) else { return false }
    guard start > 0 else { return true }
    let before = scanner.tokens[start - 1]
    return before.kind != .word || before.isCapitalized || tellsSpeech(start - 1, scanner)
      || scanner.isAnyWord(start - 1, "and", "but", "when", "after", "before", "as", "because", "while", "until", "that")
  }

  static func isDeterminer(_ index: Int, _ scanner: TimeScanner) -> Bool {
    scanner.isAnyWord(index, "the", "a", "an", "this", "that", "its", "his", "her", "their", "our")
  }

  /// Whether the word before a `to` makes what follows lie ahead (`plans to`, `is to`,
  /// `agreed to`, `set to`, `expected to`; `set for` too), unless a past perfect puts the plan
  /// itself in the past (`had been due to`).
  private static func looksAhead(before index: Int, _ scanner: TimeScanner) -> Bool {
    index > 0 && !hadBefore(index - 1, scanner) && isPlanWord(index - 1, scanner)
  }

  /// Whether `to` at `index` opens a passive infinitive set after a noun or a comma, which tells
  /// what is still to be done (`a dividend, to be paid in May`, `new rules to be introduced in
  /// April`), unless a verb governs it (`refused to be paid`) or a ranking word before the noun
  /// makes it a record (`the first woman to be elected in 1990`).
  private static func isProspectivePassive(_ index: Int, _ scanner: TimeScanner) -> Bool {
    guard index > 0, scanner.isWord(index + 1, "be"), scanner.isWordToken(index + 2) else { return false }
    let participle = scanner.tokens[index + 2]
    let marked = scanner.entries[index + 2].tense
    guard marked != TimeWordEntry.noTense && marked < 0 || participle.length >= 4 && endsInED(participle, scanner) else {
      return false
    }
    if scanner.isMark(index - 1, UInt8(ascii: ",")) { return true }
    if isProgressive(index - 1, scanner) { return false }
    let before = scanner.tokens[index - 1]
    guard scanner.isWordToken(index - 1), scanner.entries[index - 1].tense == TimeWordEntry.noTense,
      !(before.length >= 4 && endsInED(before, scanner))
    else { return false }
    for back in 2...4 where index >= back && scanner.isWordToken(index - back) {
      if scanner.isAnyWord(index - back, "first", "second", "third", "last", "only", "youngest", "oldest") { return false }
    }
    return true
  }

  /// Whether the word at `index` is a verb's `-ing` form after a form of `be` (`were waiting`,
  /// `is hoping`): a verb, which governs an infinitive after it (`were waiting to be carried out`).
  private static func isProgressive(_ index: Int, _ scanner: TimeScanner) -> Bool {
    guard index > 0, scanner.isWordToken(index), endsInING(scanner.tokens[index], scanner) else { return false }
    return scanner.isAnyWord(index - 1, "is", "are", "am", "was", "were", "be", "been")
  }

  /// Whether the word at `index` tells an expectation or a schedule after a present `is` or `are`
  /// (`is expected`, `are not due`, `is now scheduled`): what it dates lies ahead, unlike `was
  /// expected`.
  private static func isPresentExpectation(_ index: Int, _ scanner: TimeScanner) -> Bool {
    guard isExpectation(index, scanner), let verb = auxiliary(before: index, scanner) else { return false }
    return scanner.isAnyWord(verb, "is", "are", "am", "isn", "aren")
  }

  /// Whether the word at `index` tells what is expected or scheduled: `expected`, `due`,
  /// `scheduled`, `slated`, `planned`.
  static func isExpectation(_ index: Int, _ scanner: TimeScanner) -> Bool {
    scanner.isAnyWord(index, "expected", "due", "scheduled", "slated", "planned")
  }

  /// The word before `index` past a negation and up to two adverbs (`is not`, `was widely`,
  /// `isn't now`): the auxiliary of a participle, if it has one.
  static func auxiliary(before index: Int, _ scanner: TimeScanner) -> Int? {
    var word = index - 1
    var skipped = 0
    while word >= 0, skipped < 3 {
      if word >= 2, scanner.isWord(word, "t"), isContractedNot(word, scanner) {
        return word - 2
      }
      guard scanner.isAnyWord(word, "not", "now", "still", "also", "already", "currently", "no", "longer")
        || scanner.isWordToken(word) && endsInLY(scanner.tokens[word], scanner)
      else { break }
      word -= 1
      skipped += 1
    }
    return word >= 0 ? word : nil
  }

  /// Whether the tokens from `index` are `'t` written onto the word before (`won't`, `isn't`).
  private static func isContractedNot(_ index: Int, _ scanner: TimeScanner) -> Bool {
    let apostrophe = scanner.isWord(index, "t") ? index - 1 : index
    guard apostrophe > 0, scanner.isAttached(apostrophe), scanner.isWord(apostrophe + 1, "t"), scanner.isAttached(apostrophe + 1)
    else { return false }
    let token = scanner.tokens[apostrophe]
    return scanner.isMark(apostrophe, UInt8(ascii: "'"))
      || token.kind == .punctuation && token.length == 3 && scanner.text[Int(token.start) + 2] == 0x99
  }

  private static func endsInLY(_ token: Token, _ scanner: TimeScanner) -> Bool {
    let end = Int(token.end)
    return token.length >= 4 && scanner.text[end - 2] == UInt8(ascii: "l") && scanner.text[end - 1] == UInt8(ascii: "y")
  }

  /// Whether `had` comes one to three words before `index` (`had been due`, `had been set`).
  static func hadBefore(_ index: Int, _ scanner: TimeScanner) -> Bool {
    for back in 1...3 where index >= back && scanner.isWord(index - back, "had") { return true }
    return false
  }

  /// Whether a word ends in `-ed`.
  static func endsInED(_ token: Token, _ scanner: TimeScanner) -> Bool {
    let end = Int(token.end)
    return scanner.text[end - 2] == UInt8(ascii: "e") && scanner.text[end - 1] == UInt8(ascii: "d")
  }

  /// The marker value of words that end in `-ed` without being past forms (`succeed`).
  static let ignored = 9

  /// Whether the past form at `index` is a participle after an auxiliary (`will be paid`, `to be
  /// completed`) or a linking verb (`will stay closed`), an adjective after a determiner (`a still unspecified date`) or a
  /// preposition (`on exposed headlands`), or a participle
  /// that shares the auxiliaries of a verb group before `and` that looks ahead (`would be closed
  /// in May, and sold in June`), whose tense something else gives.
  private static func isParticiple(_ index: Int, _ scanner: TimeScanner) -> Bool {
    guard index > 0 else { return false }
    if let verb = auxiliary(before: index, scanner), verb < index - 1,
      scanner.isAnyWord(verb, "be", "been", "being", "is", "are", "am", "was", "were", "isn", "aren", "wasn", "weren")
        || isLinkingVerb(verb, scanner)
    {
      return true
    }
    return scanner.isAnyWord(index - 1, "be", "been", "being", "is", "are", "am", "to", "get", "gets", "a", "an", "the", "still", "its", "their", "his", "her", "newly")
      || isLinkingVerb(index - 1, scanner) || continuesLookingAhead(from: index - 1, scanner)
      || scanner.isAnyWord(index - 1, "on", "in", "at", "from", "with", "into", "of", "over", "across", "near")
  }

  /// Whether `and` or `or` at `opener` follows, in its clause, a word that looks ahead: a modal
  /// or a future marker (`would be closed in May, and`).
  private static func continuesLookingAhead(from opener: Int, _ scanner: TimeScanner) -> Bool {
    guard scanner.isAnyWord(opener, "and", "or") else { return false }
    var word = opener - 1
    if word >= 0, scanner.isMark(word, UInt8(ascii: ",")) { word -= 1 }
    while word >= 0, scanner.tokens[word].kind != .punctuation || scanner.isMark(word, UInt8(ascii: "-")) {
      if scanner.entries[word].tense == 1 || scanner.isAnyWord(word, "should", "could", "can", "must")
        || scanner.isWord(word, "may") && !scanner.isCapitalized(word)
      {
        return true
      }
      if scanner.isAnyWord(word, "and", "or", "but", "that", "which", "who", "when", "after", "before", "because") {
        return false
      }
      word -= 1
    }
    return false
  }
}
