extension TaggedText {
  /// Whether a segment after a comma is a passive participle with its agent, which describes the
  /// clause before it rather than telling an event (`…, surrounded by her family`, `…, helped by
  /// higher prices`) unless it has a time of its own (`…, discovered by Tasman in 1642`); so is a
  /// prepositional phrase whose noun such a participle describes (`over budget cuts demanded by
  /// the Commission`).
  func isPassiveAside(_ range: Range<Int>) -> Bool {
    let first = range.lowerBound
    if first > 0, has(first - 1, .comma), isParticipleWithAgent(first) { return true }
    guard upos(first) == .adp, let verb = range.first(where: { [.verb, .aux].contains(upos($0)) }) else {
      return false
    }
    return verb > first + 1 && upos(verb - 1) == .noun && isParticipleWithAgent(verb)
  }

  private func isParticipleWithAgent(_ index: Int) -> Bool {
    upos(index) == .verb && isLowercaseWord(index) && endsWith(index, "ed")
      && isWord(index + 1, "by")
  }
}
