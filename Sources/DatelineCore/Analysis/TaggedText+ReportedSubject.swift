extension TaggedText {
  /// The noun phrase that ends `range` as the subject of what a report in it says: `the strike`
  /// in `The union said the strike`, `two men` in `Police said on Tuesday that two men`; nil when
  /// `range` ends otherwise. A time between the verb and its `that` belongs to the report. Any
  /// verb right before `that` reports what follows (`Recent reports have revealed that the
  /// authority`, `Figures show that sales`).
  func reportedSubject(endingAt range: Range<Int>) -> Range<Int>? {
    guard let last = range.last, [.noun, .propn].contains(upos(last)) || isNounReadAsAdjective(last),
      let speech = range.last(where: { isReportingVerb($0) || upos($0) == .verb && isWord($0 + 1, "that") }), speech < last
    else {
      return nil
    }
    var subject = speech + 1
    var afterTime = subject
    if has(afterTime, .preposition), timeOf[afterTime + 1] >= 0 { afterTime += 1 }
    if timeOf[afterTime] >= 0 {
      while afterTime < last, timeOf[afterTime] >= 0 { afterTime += 1 }
      if isWord(afterTime, "that") { subject = afterTime }
    }
    // Who was told, or how, may stand before the report's `that`: `told reporters that`, `said
    // in a statement that`.
    if !isWord(subject, "that"), let that = (subject..<last).first(where: { isWord($0, "that") }),
      !(subject..<that).contains(where: { [.verb, .aux].contains(upos($0)) || has($0, WordFlags.segmentBreak) })
    {
      subject = that
    }
    if isWord(subject, "that") { subject += 1 }
    guard subject <= last, isBareNounPhrase(subject..<(last + 1), orNumber: true) else { return nil }
    return subject..<(last + 1)
  }

  /// Whether the token is a speech or cognition verb used as a verb (`said`, `believes`).
  func isReportingVerb(_ index: Int) -> Bool {
    has(index, [.speechVerb, .cognitionVerb]) && upos(index) == .verb
  }

  /// Whether `tokens` hold no noun, name, pronoun or determiner: a modifier set off alone
  /// (`, aged 19 and 22,`).
  func namesNothing(_ tokens: Range<Int>) -> Bool {
    !tokens.contains { [.noun, .propn, .pron, .det].contains(upos($0)) }
  }
}
