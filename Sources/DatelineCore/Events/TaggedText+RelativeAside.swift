extension TaggedText {
  /// How many words back a relative clause set off after a subject is looked for.
  private static let asideReach = 24

  /// Whether `start` opens the predicate that follows a relative clause set off by commas after
  /// its subject: `Rovers, who sit fourth in the table, | travel to Marston on Sunday`. The
  /// clause opens with `who` or `which` after a noun or a name, and holds no other comma.
  func followsRelativeAside(_ start: Int) -> Bool {
    guard start > 0, has(start - 1, .comma) else { return false }
    let sentence = sentenceOf[start]
    var index = start - 2
    while index > 0, start - index <= Self.asideReach, sentenceOf[index] == sentence {
      if has(index, .comma) {
        return has(index + 1, .relative) && [.noun, .propn].contains(upos(index - 1)) && sentenceOf[index - 1] == sentence
      }
      index -= 1
    }
    return false
  }
}
