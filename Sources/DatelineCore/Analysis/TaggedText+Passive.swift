extension TaggedText {
  /// Whether the verb at `index` is a passive participle: after a form of `be` and perhaps an
  /// adverb or two or `not` (`was found`, `is widely described`, `were not told`), and not in
  /// `-ing` (`is saying` is progressive). Its subject is what the verb is done to.
  func isPassiveParticiple(_ index: Int) -> Bool {
    guard !endsWith(index, "ing") else { return false }
    var word = index - 1
    while word >= 0, index - word <= 3, upos(word) == .adv || isWord(word, "not") { word -= 1 }
    guard word >= 0 else { return false }
    return isWord(word, "is") || isWord(word, "are") || isWord(word, "was") || isWord(word, "were") || isWord(word, "be")
      || isWord(word, "been") || isWord(word, "being")
  }
}
