extension TaggedText {
  /// Whether `clause` only says what a happening told before was, and tells nothing alone: `It`
  /// or `This` and a form of `be` before a noun phrase whose head is an event noun, with no verb
  /// after it (`It was the second death in the valley this month`, `This is the third avalanche
  /// since October`). A noun that names no event classifies a thing (`It was the largest plant
  /// in Europe`).
  func restatesEarlierEvent(_ clause: Range<Int>) -> Bool {
    var index = clause.lowerBound
    while index < clause.upperBound, [.cconj, .adv].contains(upos(index)) || has(index, WordFlags.quoteMark) { index += 1 }
    guard isWord(index, "it") || isWord(index, "this"), index + 1 < clause.upperBound, lemma(index + 1) == "be" else {
      return false
    }
    var head = index + 2
    while head < clause.upperBound, [.adv, .det, .adj, .num].contains(upos(head)) { head += 1 }
    guard head < clause.upperBound, upos(head) == .noun, isLowercaseWord(head), has(head, .triggerNoun) else { return false }
    return !((head + 1)..<clause.upperBound).contains { [.verb, .aux].contains(upos($0)) }
  }
}
