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

  /// Whether the word at `index` is a verb that links its subject to a state told by a participle
  /// (`will stay closed`, `remained shut`): the participle then gives no tense of its own.
  static func isLinkingVerb(_ index: Int, _ scanner: TimeScanner) -> Bool {
    scanner.isAnyWord(
      index, "stay", "stays", "stayed", "remain", "remains", "remained", "become", "becomes", "became", "seem", "seems",
      "seemed", "keep", "keeps", "kept")
  }
}
