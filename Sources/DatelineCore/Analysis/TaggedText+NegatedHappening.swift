extension TaggedText {
  /// Whether the event word at `index` is told as not happening by a negative quantifier: a noun
  /// after `no` (`No deaths have been reported`, `no new attacks`) or a verb whose subject is
  /// `nobody`, `no one`, `none` or a noun after `no` (`No one died`, `Nobody was killed`, `No
  /// soldiers were hurt`). Such a clause tells of no happening of the word's kind.
  func isNegatedHappening(_ index: Int) -> Bool {
    var before = index - 1
    if upos(index) == .verb {
      while before >= 0, upos(before) == .aux || upos(before) == .adv && !has(before, .negation) { before -= 1 }
      guard before >= 0 else { return false }
      if isWord(before, "nobody") || isWord(before, "none") || isWord(before, "noone") { return true }
      if isWord(before, "one"), before > 0, isWord(before - 1, "no") { return true }
      guard upos(before) == .noun else { return false }
      before -= 1
    }
    while before >= 0, upos(before) == .adj || upos(before) == .num { before -= 1 }
    return before >= 0 && isWord(before, "no")
  }
}
