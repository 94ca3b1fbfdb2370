extension TaggedText {
  /// How many words after `for` or `against` are read for the head of what a vote is cast on.
  static let measureReach = 4

  /// `other` when the words at `index` cast a vote for, against or on a measure, a thing rather
  /// than a person or a party: `for`, `against` or `on` (or `in favour of`) and a phrase whose
  /// head is a common noun that is no title or role of a person (`voted for a cut of a quarter
  /// point`, `voted against the merger`, `will vote on the deal`); nil for a name, a pronoun or a person (`voted for Ruiz`,
  /// `voted against him`, `voted for the younger candidate`), which a ballot elects.
  func measureKind(at index: Int) -> Event.Kind? {
    let sentence = sentences[Int(sentenceOf[index])].tokens
    var next = index
    if isWord(next, "in"), next + 2 < sentence.upperBound, isWord(next + 1, "favour") || isWord(next + 1, "favor"),
      isWord(next + 2, "of")
    {
      next += 2
    } else if !(isWord(next, "for") || isWord(next, "against") || isWord(next, "on")) {
      return nil
    }
    for word in (next + 1)..<min(sentence.upperBound, next + 1 + Self.measureReach) {
      guard tokens[word].kind == .word else { return nil }
      switch upos(word) {
      case .det, .num, .adj, .adv: continue
      case .noun: return match(lexicon.titles, at: word, limit: word + 1) == nil ? .other : nil
      default: return nil
      }
    }
    return nil
  }
}
