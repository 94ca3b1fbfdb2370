/// Shares of a whole, told before the `of` of the noun phrase they take a part of: `half of the
/// drivers`, `most of the residents`, `a third of the farmers`, `78% of members`.
extension TaggedText {
  /// Nouns that name a share of a whole before its `of`: `half of`, `a third of`, `two-thirds
  /// of`, `the majority of`.
  static let shareNouns: Set<String> = [
    "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths", "majority",
    "minority", "proportion", "share", "fraction", "percent", "cent", "bulk", "rest", "remainder",
  ]

  /// Whether the word at `index` names a share of what the `of` after it takes: a quantifier
  /// (`most`, `some`, `many`), a number or a percent sign (`78%`), or a noun of `shareNouns`
  /// (`half`, the `thirds` of `two-thirds`).
  func isShare(_ index: Int) -> Bool {
    [.num, .sym].contains(upos(index)) || has(index, .quantifier) || Self.shareNouns.contains(lemma(index).lowercased())
  }

  /// Whether `range` opens with a quantifier that heads the noun phrase after its `of`, as a
  /// noun would: `Most of the residents`, `Many of the workers`.
  func opensWithQuantifiedOf(_ range: Range<Int>) -> Bool {
    range.count > 2 && has(range.lowerBound, .quantifier) && isWord(range.lowerBound + 1, "of")
  }
}
