/// Quotations inside a sentence being split: words quoted whole open no clause, and a comma in a
/// short quoted phrase ends none.
extension SegmentSplitter {
  /// For each token of `tokens`, whether it stands inside a double quotation that closes in the
  /// sentence; nil when the sentence has no double marks. Words quoted in a report are told
  /// whole: a relative word inside them opens no clause of the report (`said he had "betrayed the
  /// people who trusted him"`), which would cut the summary inside the quotation.
  func quotedWords(in tokens: Range<Int>) -> [Bool]? {
    let marks: WordFlags = [.openDouble, .closeDouble, .straightDouble]
    guard tokens.contains(where: { tagged.has($0, marks) }) else { return nil }
    var inside = [Bool](repeating: false, count: tokens.count)
    var opened: Int?
    for index in tokens {
      if tagged.has(index, .openDouble) || tagged.has(index, .straightDouble) && opened == nil {
        opened = index
      } else if let start = opened, tagged.has(index, [.closeDouble, .straightDouble]) {
        for word in (start + 1)..<index { inside[word - tokens.lowerBound] = true }
        opened = nil
      }
    }
    return inside
  }

  /// How many tokens a quotation with no verb may hold on either side of a comma inside it.
  private static let shortQuotationReach = 8

  /// Whether the comma at `index` stands inside a short quotation with no finite verb (`deserved
  /// "honesty, not a press release"`): a phrase quoted whole, not a clause's end.
  func isInsideShortQuotation(_ index: Int) -> Bool {
    guard tagged.has(index, .comma), hasOpeningMark(before: index) else { return false }
    func reachesMark(from start: Int, step: Int, marks: WordFlags) -> Bool {
      var word = start
      while word >= 0, word < tagged.tokens.count, abs(word - index) <= Self.shortQuotationReach {
        if tagged.has(word, WordFlags.quoteMark) { return tagged.has(word, marks) }
        if tagged.isFiniteVerb(word) || tagged.has(word, WordFlags.segmentBreak) && tagged.tokens[word].kind == .punctuation
          || tagged.sentenceOf[word] != tagged.sentenceOf[index]
        {
          return false
        }
        word += step
      }
      return false
    }
    // A comma right before the closing mark ends what was said: `"The depot stays," said Quell`;
    // one right after a mark follows a quotation (`"MAY", and "OPTIONAL"`).
    return !tagged.has(index + 1, WordFlags.quoteMark) && !tagged.has(index - 1, WordFlags.quoteMark)
      && reachesMark(from: index - 1, step: -1, marks: [.openDouble, .straightDouble])
      && reachesMark(from: index + 1, step: 1, marks: [.closeDouble, .straightDouble])
  }

  /// Whether an opening or straight double mark stands within reach before `index` in its
  /// sentence: a test of flags alone, which spares most commas the reading of verbs.
  private func hasOpeningMark(before index: Int) -> Bool {
    var word = index - 1
    while word >= max(0, index - Self.shortQuotationReach), tagged.sentenceOf[word] == tagged.sentenceOf[index] {
      if tagged.has(word, [.openDouble, .straightDouble]) { return true }
      word -= 1
    }
    return false
  }
}
