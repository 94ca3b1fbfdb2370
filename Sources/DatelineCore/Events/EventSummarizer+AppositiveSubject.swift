extension EventSummarizer {
  /// Whether the subject `subject` of the clause at `start` is a name in apposition, set off by
  /// commas right before the clause (`Its chief executive, Martin Oyelaran, said …`).
  func isAppositive(_ subject: Range<Int>, clause start: Int) -> Bool {
    subject.lowerBound > 1 && tagged.has(subject.lowerBound - 1, .comma) && tagged.has(subject.upperBound, .comma)
      && subject.upperBound + 1 == start
  }

  /// Where the noun phrase that the appositive name `subject` stands beside starts, when that
  /// phrase opens the sentence and is a bare noun phrase (`Its chief executive`).
  func appositionStart(of subject: Range<Int>) -> Int? {
    let before = subject.lowerBound - 1
    let sentence = tagged.sentences[Int(tagged.sentenceOf[subject.lowerBound])].tokens.lowerBound
    guard sentence < before, tagged.isBareNounPhrase(sentence..<before) else { return nil }
    return sentence
  }
}
