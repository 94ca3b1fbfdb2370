/// Aliases the text states: `X, also known as the Y`, `X militias, known as Y`, `X (Y)` (but not
/// in a dateline: `LONDON (Reuters) -`), `X, aka Y`.
struct AliasPatterns {
  let tagged: TaggedText

  /// Pairs of candidate indices that the text says name the same actor.
  func pairs(in candidates: [NameCandidate]) -> [(Int, Int)] {
    var pairs: [(Int, Int)] = []
    for (index, candidate) in candidates.enumerated() {
      let startOf = { (token: Int) -> Int? in
        index + 1 < candidates.count && candidates[index + 1].tokens.lowerBound == token ? index + 1 : nil
      }
      var cursor = candidate.tokens.upperBound
      if tagged.has(cursor, .openParen), let other = startOf(cursor + 1),
        tagged.has(candidates[other].tokens.upperBound, .closeParen)
      {
        // A dateline names the city and the agency (`LONDON (Reuters) -`), not one actor twice.
        if !isDateline(opening: candidate.tokens.lowerBound, after: candidates[other].tokens.upperBound + 1) {
          pairs.append((index, other))
        }
        continue
      }
      if candidate.isPossessive || !mayFollow(cursor) { continue }
      while cursor < candidate.tokens.upperBound + 2, tagged.isLowercaseWord(cursor), tagged.has(cursor, .kindNoun) {
        cursor += 1
      }
      if tagged.has(cursor, .comma) { cursor += 1 }
      guard let after = skipAliasWords(from: cursor) else { continue }
      cursor = after
      if tagged.has(cursor, .determiner) { cursor += 1 }
      if let other = startOf(cursor) { pairs.append((index, other)) }
    }
    return pairs
  }

  /// Whether the name at `opening` starts a sentence and a spaced dash follows at `after`: a
  /// dateline.
  private func isDateline(opening: Int, after: Int) -> Bool {
    tagged.isSentenceInitial(opening) && tagged.has(after, [.dash, .hyphen]) && tagged.tokens.indices.contains(after)
      && tagged.tokens[after].isSpaced
  }

  /// Whether an alias cue can start near `cursor`: a word beginning with `a`, `o` or `k` (after a
  /// comma or a kind noun), checked before the words themselves.
  private func mayFollow(_ cursor: Int) -> Bool {
    for index in cursor..<min(cursor + 4, tagged.tokens.count) where tagged.tokens[index].kind == .word {
      let first = tagged.analysis.text[Int(tagged.tokens[index].start)] | 0x20
      if first == UInt8(ascii: "a") || first == UInt8(ascii: "o") || first == UInt8(ascii: "k") { return true }
    }
    return false
  }

  /// The token after `also known as`, `known as`, `aka`, `a.k.a.` or `otherwise known as` at
  /// `cursor`, if one of them is there.
  private func skipAliasWords(from start: Int) -> Int? {
    var cursor = start
    if tagged.isWord(cursor, "also") || tagged.isWord(cursor, "otherwise") { cursor += 1 }
    if tagged.isWord(cursor, "known"), tagged.isWord(cursor + 1, "as") { return cursor + 2 }
    if tagged.isWord(cursor, "aka") { return cursor + 1 }
    if tagged.isWord(cursor, "a"), tagged.has(cursor + 1, .period), tagged.isWord(cursor + 2, "k"),
      tagged.has(cursor + 3, .period), tagged.isWord(cursor + 4, "a"), tagged.has(cursor + 5, .period)
    {
      return cursor + 6
    }
    return nil
  }
}
