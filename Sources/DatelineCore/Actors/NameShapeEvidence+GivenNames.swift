/// The shapes of a person's given name.
extension NameShapeEvidence {
  /// Whether a word of the name is a given name of two syllables joined by a hyphen, the second
  /// in lower case (`Kim Jong-un`, `Hyun-woo Kim`): the middles of a place's name stand between
  /// two hyphens (`Stratford-upon-Avon`).
  func hasHyphenatedGivenName(_ range: Range<Int>) -> Bool {
    range.dropFirst().contains { hyphen in
      tagged.has(hyphen, .hyphen) && tagged.isGlued(hyphen) && tagged.isGlued(hyphen + 1) && hyphen + 1 < range.upperBound
        && tagged.isLowercaseWord(hyphen + 1) && tagged.isCapitalizedWord(hyphen - 1)
        && !(tagged.has(hyphen + 2, .hyphen) && tagged.isGlued(hyphen + 2))
    }
  }
}
