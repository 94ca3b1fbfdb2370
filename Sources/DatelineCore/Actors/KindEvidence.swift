/// What the words around one name say about its kind: titles and role nouns (a person), kind
/// nouns as its head, after it or in apposition (`… Institute`, `… militia`, `alliance, Sayirun`),
/// given names, `, who`, and a `his`/`her` soon after.
struct KindEvidence {
  let tagged: TaggedText

  /// The votes of the context of `candidate`.
  func votes(for candidate: NameCandidate) -> KindVotes {
    var votes = KindVotes()
    let range = candidate.tokens
    let titles = TitleContext(tagged: tagged)
    let words = wordIndices(range)
    guard let firstWord = words.first, let lastWord = words.last else { return votes }
    if candidate.title != nil { votes.add(.person, 10) }
    if tagged.has(firstWord, .givenName) { votes.add(.person, words.count >= 2 ? 6 : 3) }
    if tagged.has(lastWord, .kindNoun), let kind = tagged.infos[lastWord].actorKind {
      votes.add(kind, words.count >= 2 ? 8 : 4)
    }
    let after = candidate.isPossessive ? range.upperBound + 2 : range.upperBound
    if !candidate.isPossessive, !candidate.isModifier, tagged.isLowercaseWord(after), tagged.has(after, .kindNoun),
      let kind = tagged.infos[after].actorKind
    {
      votes.add(kind, 6)
    }
    if tagged.has(after, .comma), tagged.isWord(after + 1, "who") { votes.add(.person, 5) }
    if titles.before(range.lowerBound) != nil { votes.add(.person, 8) }
    if titles.after(after) != nil { votes.add(.person, 8) }
    if let kind = titles.appositiveKind(start: range.lowerBound, end: after) { votes.add(kind, 6) }
    if personPronounFollows(after) { votes.add(.person, 2) }
    return votes
  }

  private func wordIndices(_ range: Range<Int>) -> [Int] {
    range.filter { tagged.tokens[$0].kind == .word }
  }

  /// Whether `his`, `her`, `he` or `she` comes within a few words, before any other name.
  private func personPronounFollows(_ start: Int) -> Bool {
    let limit = min(tagged.tokens.count, start + 6)
    var index = start
    while index < limit {
      if tagged.has(index, [.period, .terminal, .semicolon]) || tagged.isCapitalizedWord(index) { return false }
      if tagged.has(index, .personPronoun) { return true }
      index += 1
    }
    return false
  }
}
