/// A present participle set off after a clause that tells what the clause brought about
/// (`…, prompting the union to strike in 2012`, `…, forcing the club to sell its ground in 2014`,
/// `…, leading to a strike in May`): a later happening. With a time of its own it is an event of
/// that time, with its own actors, not a part of the clause before it.
extension TaggedText {
  /// The verbs whose present participle, set off after a clause, tells its result.
  private static let resultLemmas: Set<String> = [
    "prompt", "force", "lead", "cause", "spark", "trigger", "result", "spur", "provoke", "compel", "drive", "push",
    "leave", "send", "oblige", "pave",
  ]

  /// The participle opening `segment`, a piece set off after a clause, when it tells a result of
  /// that clause: a lower-case verb in `-ing` of a result verb.
  func resultParticiple(opening segment: Range<Int>) -> Int? {
    let first = segment.lowerBound
    guard segment.count > 2, isLowercaseWord(first), upos(first) == .verb, endsWith(first, "ing"),
      Self.resultLemmas.contains(lemma(first))
    else { return nil }
    return first
  }
}
