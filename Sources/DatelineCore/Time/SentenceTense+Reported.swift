/// Tense read through reported speech and linking verbs.
extension SentenceTense {
  /// Whether the word at `index` tells an expectation in the past tense inside what a past verb
  /// of speech reports (`Forecasters warned that more rain was expected on Wednesday`): reported
  /// speech moves the tense back, and what was told as expected still lies ahead of the report.
  static func isReportedExpectation(_ index: Int, _ scanner: TimeScanner) -> Bool {
    guard isExpectation(index, scanner), let verb = auxiliary(before: index, scanner), scanner.isAnyWord(verb, "was", "were")
    else { return false }
    // The verb of speech stands before the reported subject, not as it (`The forecast was expected`).
    var word = verb - 2
    while word >= 0, verb - word <= 12, scanner.tokens[word].kind != .punctuation || scanner.isMark(word, UInt8(ascii: ",")) {
      if tellsSpeech(word, scanner) { return true }
      word -= 1
    }
    return false
  }

  /// Whether the word at `index` is a past verb of expectation or plan told of a subject of its
  /// own (`they expected`, `traders predicted`) with `now` before it (`they now expected the next
  /// cut in February`) or inside what a verb of speech reports (`said the players expected a tough
  /// game on Saturday`): reported speech moves the tense back, and what is expected still lies
  /// ahead of the saying. Not after `had`, `than` or `as`, nor as a modifier (`than it had
  /// expected in the summer`, `the expected cut`), which tell what was.
  static func isForwardExpectation(_ index: Int, _ scanner: TimeScanner) -> Bool {
    guard
      scanner.isAnyWord(
        index, "expected", "predicted", "forecast", "anticipated", "projected", "planned", "hoped", "intended", "aimed",
        "targeted"),
      let subject = auxiliary(before: index, scanner), scanner.isWordToken(subject),
      !scanner.isAnyWord(subject, "had", "than", "as", "was", "were", "be", "been", "is", "are", "have", "has")
        && !isDeterminer(subject, scanner) && !scanner.isAnyWord(subject, "a", "an")
    else { return false }
    if (subject + 1..<index).contains(where: { scanner.isWord($0, "now") }) { return true }
    var word = subject - 1
    while word >= 0, index - word <= reportReach, scanner.isWordToken(word) {
      if tellsSpeech(word, scanner) { return true }
      word -= 1
    }
    return false
  }

  /// How many words before an expectation the verb of speech reporting it may stand.
  private static let reportReach = 8

  /// Whether the word at `index` is a verb that links its subject to a state told by a participle
  /// (`will stay closed`, `remained shut`): the participle then gives no tense of its own.
  static func isLinkingVerb(_ index: Int, _ scanner: TimeScanner) -> Bool {
    scanner.isAnyWord(
      index, "stay", "stays", "stayed", "remain", "remains", "remained", "become", "becomes", "became", "seem", "seems",
      "seemed", "keep", "keeps", "kept")
  }

  /// Whether the past verb at `verb` reports a clause of its own that runs up to the phrase at
  /// `start` with no tense marker in it: `said` before a subject (`said the talks resume on
  /// Thursday`, `said he resigns on Friday`), or a verb of speech before `that`. The report's past
  /// is the saying's; the clause's plain present tells what is scheduled, not what was. A `said`
  /// set after what it reports names its speaker after it (`Admissions rose, said the ministry on
  /// Wednesday`).
  static func opensReport(after verb: Int, before start: Int, in sentence: Range<Int>, _ scanner: TimeScanner) -> Bool {
    var first = verb + 1
    if tellsSpeech(verb, scanner), scanner.isWord(first, "that") {
      first += 1
    } else {
      guard scanner.isWord(verb, "said"), !followsReported(verb, in: sentence, scanner) else { return false }
    }
    // The clause opens with its subject, not a fronted phrase (`said that at the close of
    // business Thursday, …`): a determiner, a pronoun or a bare plural (`said lawyers meet …`).
    guard start - first >= 3,
      isDeterminer(first, scanner) || scanner.isAnyWord(first, "he", "she", "it", "they", "we")
        || isBarePlural(first, scanner)
    else { return false }
    return (first..<start).allSatisfy { scanner.isWordToken($0) } && !holdsPastLikeBase(first..<start, scanner)
  }

  /// Whether the past verb at `verb` reports a clause whose subject is `expression`, right after
  /// the verb or its `that` and a determiner, with the clause's verb next (`warned that the winter
  /// would be hard`, `said the summer will be busy`): the expression is of that verb's tense, not
  /// the report's. A time right after the verb with no verb after it is the report's own (`said
  /// last week the plant would close`).
  static func opensReport(after verb: Int, withSubject expression: Range<Int>, in sentence: Range<Int>, _ scanner: TimeScanner)
    -> Bool
  {
    guard tellsSpeech(verb, scanner), expression.upperBound < sentence.upperBound,
      marker(expression.upperBound, scanner) != nil
    else { return false }
    let first = scanner.isWord(verb + 1, "that") ? verb + 2 : verb + 1
    return expression.lowerBound == first || expression.lowerBound == first + 1 && isDeterminer(first, scanner)
  }

  /// Whether the verb of speech at `verb` comes after what it reports: after a quotation's closing
  /// mark and comma, or after the only comma of its sentence before it, which then ends the clause
  /// reported rather than an aside in the speaker's phrase (`Ruiz, the minister, said`).
  static func followsReported(_ verb: Int, in sentence: Range<Int>, _ scanner: TimeScanner) -> Bool {
    guard verb - 1 > sentence.lowerBound else { return false }
    let comma = UInt8(ascii: ",")
    if scanner.tokens[verb - 1].kind == .punctuation, !scanner.isMark(verb - 1, comma) {
      return verb - 2 >= sentence.lowerBound && scanner.isMark(verb - 2, comma)
    }
    guard scanner.isMark(verb - 1, comma) else { return false }
    // Read back to the nearest comma, not on from the sentence's start: a sentence of many
    // reports would be read once for each.
    return !(sentence.lowerBound..<(verb - 1)).reversed().contains { scanner.isMark($0, comma) }
  }

  /// Whether the word at `index` reads as a bare plural noun: lower-case, of four letters or more,
  /// ending in `-s` but not in `-ss`, `-us` or `-is` (`lawyers`, `deliberations`; not `across`,
  /// `bonus`, `this`).
  static func isBarePlural(_ index: Int, _ scanner: TimeScanner) -> Bool {
    guard scanner.isWordToken(index), !scanner.isCapitalized(index) else { return false }
    let token = scanner.tokens[index]
    let end = Int(token.end)
    guard token.length >= 4, scanner.text[end - 1] == UInt8(ascii: "s") else { return false }
    let before = scanner.text[end - 2]
    return before != UInt8(ascii: "s") && before != UInt8(ascii: "u") && before != UInt8(ascii: "i")
  }

  /// Whether a word of `range` is a past spelled as its base (`hit`, `quit`, `set`), which tells
  /// no tense: `Rebels hit the town on Monday, officials said` tells what was, as news mostly
  /// does, not what is planned.
  static func holdsPastLikeBase(_ range: Range<Int>, _ scanner: TimeScanner) -> Bool {
    range.contains { index in
      guard scanner.isWordToken(index), scanner.tokens[index].length <= 9 else { return false }
      let token = scanner.tokens[index]
      let word = String(decoding: scanner.text[Int(token.start)..<Int(token.end)].map { $0 | 0x20 }, as: UTF8.self)
      return IrregularPasts.sameAsBase.contains(word)
    }
  }

  /// The tense of the first marker after `expression` before the next mark of its clause.
  static func clauseTense(after expression: Range<Int>, in sentence: Range<Int>, _ scanner: TimeScanner) -> SentenceTense? {
    var index = expression.upperBound
    while index < sentence.upperBound, scanner.tokens[index].kind != .punctuation {
      if let tense = marker(index, scanner) { return tense }
      index += 1
    }
    return nil
  }

  /// Whether the past verb at `verb`, after `expression`, is a report set after the clause that
  /// holds it (`An inquiry begins on Monday, the league said in a statement`): a verb of speech
  /// after a comma and a short subject, the clause before the phrase holding a subject and a verb
  /// (not a fronted phrase, `On Monday,`, `After touring Oslo on Tuesday,`, `Speaking in Geneva on
  /// Tuesday,`, whose tense the report gives). The clause, which has no tense marker of its own,
  /// tells its content in the plain present: what is scheduled.
  static func reportsClause(before expression: Range<Int>, verb: Int, in sentence: Range<Int>, _ scanner: TimeScanner)
    -> Bool
  {
    let first = sentence.lowerBound
    guard tellsSpeech(verb, scanner), expression.lowerBound - first >= 3, scanner.isWordToken(first),
      !scanner.isAnyWord(first, "on", "in", "at", "during", "by", "after", "before", "since", "until", "while", "when", "as"),
      !endsInING(scanner.tokens[first], scanner)
    else { return false }
    var comma = verb - 1
    while comma > expression.upperBound, verb - comma <= 6, scanner.isWordToken(comma) { comma -= 1 }
    guard scanner.isMark(comma, UInt8(ascii: ",")), comma < verb - 1,
      !holdsPastLikeBase(first..<expression.lowerBound, scanner)
    else { return false }
    return (expression.upperBound..<comma).allSatisfy { scanner.isWordToken($0) || scanner.isNumber($0) }
  }

  /// Whether a word of five letters or more ends in `-ing`.
  static func endsInING(_ token: Token, _ scanner: TimeScanner) -> Bool {
    let end = Int(token.end)
    return token.length >= 5 && scanner.text[end - 3] | 0x20 == UInt8(ascii: "i") && scanner.text[end - 2] | 0x20 == UInt8(ascii: "n")
      && scanner.text[end - 1] | 0x20 == UInt8(ascii: "g")
  }
}
