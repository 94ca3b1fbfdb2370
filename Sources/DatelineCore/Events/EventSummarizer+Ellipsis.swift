/// Summaries that still run past `maximumLength` once shortened: cut at the last whole word that
/// closes a phrase, ending in `…`.
extension EventSummarizer {
  /// The opening bracket in `range` whose closing one lies past its end, the first when several
  /// do.
  func unclosedBracket(in range: Range<Int>) -> Int? {
    var open: [Int] = []
    for index in range {
      if tagged.has(index, .openParen) { open.append(index) }
      if tagged.has(index, .closeParen) { _ = open.popLast() }
    }
    return open.first
  }

  /// The text of `range` as `shortened` keeps it, its pieces joined by a space. One still longer
  /// than `maximumLength` with `leading` bytes before it ends, with `…`, on the last noun, name
  /// or number that fits and closes a phrase: never inside a name, a number or a quotation,
  /// never on a determiner or a preposition.
  func told(_ range: Range<Int>, leading: Int) -> String {
    var pieces = withoutListComma(withoutIntensifiers(shortened(range, leading: leading)))
    let text = pieces.count == 1 ? tagged.string(tokens: pieces[0]) : pieces.map { tagged.string(tokens: $0) }.joined(separator: " ")
    // Measured as `finished` measures it: a summary is too long in bytes and in characters.
    guard leading + text.utf8.count > Self.maximumLength, leading + text.count > Self.maximumLength,
      let end = lastWholeWord(in: pieces, leading: leading)
    else { return text }
    let piece = pieces.firstIndex { $0.contains(end) } ?? pieces.count - 1
    pieces = pieces[..<piece] + [pieces[piece].lowerBound..<(end + 1)]
    return pieces.map { tagged.string(tokens: $0) }.joined(separator: " ") + "…"
  }

  /// `pieces` without the reflexive pronouns that only stress the word before them: `Osei
  /// himself had refused` → `Osei had refused`.
  private func withoutIntensifiers(_ pieces: [Range<Int>]) -> [Range<Int>] {
    pieces.flatMap { piece -> [Range<Int>] in
      var kept: [Range<Int>] = []
      var start = piece.lowerBound
      for index in piece where tagged.isIntensifier(index) {
        kept.append(start..<index)
        start = index + 1
      }
      kept.append(start..<piece.upperBound)
      return kept.filter { !$0.isEmpty }
    }
  }

  /// `pieces` without a comma written between a list that ends in `and` or `or` and its verb:
  /// `Ian Vale, Colin Marsh and Derek Shaw, | were arrested` → `… and Derek Shaw were
  /// arrested`. The comma sets nothing off: names and commas open the piece, and only names,
  /// nouns and their determiners stand between the list's `and` and the comma (`Two men, Ian
  /// Vale and Tom Pell, were` keeps its apposition's comma).
  private func withoutListComma(_ pieces: [Range<Int>]) -> [Range<Int>] {
    pieces.flatMap { piece -> [Range<Int>] in
      guard let comma = piece.first(where: { tagged.has($0, .comma) && tagged.isFiniteVerb($0 + 1) && $0 + 1 < piece.upperBound }),
        let and = (piece.lowerBound..<comma).last(where: { tagged.isWord($0, "and") || tagged.isWord($0, "or") }),
        and + 1 < comma, ((and + 1)..<comma).allSatisfy({ [.det, .adj, .num, .noun, .propn].contains(tagged.upos($0)) }),
        (piece.lowerBound..<and).allSatisfy({ tagged.isCapitalizedWord($0) || tagged.has($0, .comma) })
      else { return [piece] }
      return [piece.lowerBound..<comma, (comma + 1)..<piece.upperBound]
    }
  }

  /// The last token of `pieces` a summary cut to `maximumLength` may end on: after a finite
  /// verb, a noun, name or number not followed by another (`the iPod | touch`, `$ | 200`) or by
  /// a possessive, outside any bracket, ending before the limit; outside any quotation unless
  /// none is (`stated that " Apple … will need to ask a court…`); nil when none does.
  private func lastWholeWord(in pieces: [Range<Int>], leading: Int) -> Int? {
    var outside: Int?
    var inside: Int?
    var used = leading
    var quoted = false
    var bracketed = 0
    var hasVerb = false
    for piece in pieces {
      for index in piece {
        if tagged.has(index, [.openDouble, .closeDouble, .straightDouble]) {
          quoted = tagged.has(index, .straightDouble) ? !quoted : tagged.has(index, .openDouble)
        }
        if tagged.has(index, .openParen) { bracketed += 1 }
        if tagged.has(index, .closeParen) { bracketed = max(0, bracketed - 1) }
        hasVerb = hasVerb || tagged.isFiniteVerb(index)
        guard used + tagged.byteRange(piece.lowerBound..<(index + 1)).count < Self.maximumLength else { return outside ?? inside }
        guard hasVerb, bracketed == 0, [.noun, .propn, .num].contains(tagged.upos(index)) else { continue }
        let next = index + 1
        let isPossessive = tagged.upos(next) == .part && !tagged.isWord(next, "to") && !tagged.isWord(next, "not")
        if next >= piece.upperBound || ![.noun, .propn, .num].contains(tagged.upos(next)) && !isPossessive && tagged.startsWord(next) {
          if quoted { inside = index } else { outside = index }
        }
      }
      used += tagged.byteRange(piece).count + 1
    }
    return outside ?? inside
  }
}
