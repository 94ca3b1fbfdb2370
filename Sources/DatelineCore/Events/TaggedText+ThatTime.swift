/// Words that point back at the time the text told last (`then`, `at the time`, `back then`):
/// a clause told with them is of that time, not of the story's day.
extension TaggedText {
  /// The first token in `range` of a phrase that points back at the time told before: `at the
  /// time`, `at that time`, `at that point`, `back then`, or `then` after a word of the clause (no
  /// conjunction, preposition or determiner) and before no verb (`warned then that`, `was ill then`, `was then the president`). Not `then`
  /// that tells what came next (`and then`, `then fled`, `was then taken`, a sentence's opening
  /// `Then`), that counts from it (`since then`, `until then`, `by then`) or that qualifies a
  /// title (`then-president`); not `at the time of …`, which names its own occasion; nil when
  /// there is none, or the phrase is part of a time expression.
  func toldTimeAnaphor(in range: Range<Int>) -> Int? {
    range.first { index in
      guard timeOf[index] < 0 else { return false }
      if isWord(index, "at"), isWord(index + 1, "the") || isWord(index + 1, "that"),
        isWord(index + 2, "time") || isWord(index + 1, "that") && isWord(index + 2, "point")
      {
        return !isWord(index + 3, "of") && !isWord(index + 3, "when") && timeOf[index + 2] < 0
      }
      guard isWord(index, "then"), isLowercaseWord(index) else { return false }
      if isWord(index - 1, "back") { return true }
      let previous = upos(index - 1)
      guard isLowercaseWord(index - 1) || previous == .propn || previous == .pron,
        [.verb, .aux, .noun, .propn, .pron, .adj, .adv, .num].contains(previous)
      else { return false }
      if has(index + 1, .hyphen) && isGlued(index + 1) { return false }
      let next = index + 1
      guard next < tokens.count, sentenceOf[next] == sentenceOf[index] else { return true }
      return ![.verb, .aux].contains(upos(next)) || !isLowercaseWord(next)
    }
  }
}
