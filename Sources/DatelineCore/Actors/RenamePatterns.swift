/// Names the text says one actor took after another: `Datsun was renamed Nissan`, `The store was
/// renamed to iTunes Store` (the definite noun standing for the latest name it ends: `iTunes
/// Music Store`), `rebranded as`.
struct RenamePatterns {
  let tagged: TaggedText

  /// How many candidates back a definite noun (`the store`) looks for the name it stands for.
  private static let reach = 64

  /// Pairs of candidate indices (old name, new name).
  func pairs(in candidates: [NameCandidate]) -> [(Int, Int)] {
    var pairs: [(Int, Int)] = []
    for (index, candidate) in candidates.enumerated() {
      var cursor = candidate.tokens.lowerBound - 1
      if tagged.isWord(cursor, "to") || tagged.isWord(cursor, "as") { cursor -= 1 }
      guard tagged.isWord(cursor, "renamed") || tagged.isWord(cursor, "rebranded") else { continue }
      cursor -= 1
      while cursor >= 0, tagged.isLowercaseWord(cursor), tagged.has(cursor, .auxiliary) { cursor -= 1 }
      if let old = formerName(endingAt: cursor, before: index, in: candidates) { pairs.append((old, index)) }
    }
    return pairs
  }

  /// The candidate that ends at token `last`, or the latest one whose last word is the noun of a
  /// definite `the store` ending there.
  private func formerName(endingAt last: Int, before index: Int, in candidates: [NameCandidate]) -> Int? {
    let lowest = max(0, index - Self.reach)
    if index > 0, candidates[index - 1].tokens.upperBound == last + 1 { return index - 1 }
    guard tagged.isLowercaseWord(last), tagged.isWord(last - 1, "the") else { return nil }
    let noun = tagged.string(tokens: last..<(last + 1)).lowercased()
    for earlier in stride(from: index - 1, through: lowest, by: -1) {
      let tokens = candidates[earlier].tokens
      guard tokens.count > 1, tokens.upperBound <= last - 1 else { continue }
      if tagged.string(tokens: (tokens.upperBound - 1)..<tokens.upperBound).lowercased() == noun { return earlier }
    }
    return nil
  }
}
