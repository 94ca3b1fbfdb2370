/// What a report that leads its summary says, told without a subordinate clause trailing after
/// it when the whole would run past a summary's length.
extension EventSummarizer {
  /// Where `said`, what a report now leading it says with `leading` bytes before it, ends before
  /// a subordinate clause that trails after its own clause (`four people died | after the river
  /// burst its banks on Tuesday night`): that clause tells an event of its own, and a summary cut
  /// to its length would end inside it. The last such clause whose leaving out lets the summary
  /// fit, else the first; `said.upperBound` when the whole fits or no such clause trails. A
  /// condition (`if`, `unless`) is kept: without it the report says something else.
  func adjunctEnd(of said: Range<Int>, leading: Int) -> Int {
    guard leading + tagged.byteRange(said).count > Self.maximumLength else { return said.upperBound }
    var first: Int?
    var fitting: Int?
    var hasVerb = false
    var quoted = false
    for index in said {
      if tagged.has(index, [.openDouble, .closeDouble, .straightDouble]) {
        quoted = tagged.has(index, .straightDouble) ? !quoted : tagged.has(index, .openDouble)
      }
      if hasVerb, !quoted, index > said.lowerBound, opensAdjunct(index),
        ![.det, .adp, .cconj, .sconj, .aux, .part].contains(tagged.upos(index - 1)), !tagged.has(index - 1, .comma)
      {
        if first == nil { first = index }
        if leading + tagged.byteRange(said.lowerBound..<index).count <= Self.maximumLength { fitting = index }
      }
      hasVerb = hasVerb || tagged.isFiniteVerb(index)
    }
    return fitting ?? first ?? said.upperBound
  }

  /// Whether the word at `index` opens a subordinate clause of time or cause with a subject and
  /// a finite verb of its own (`after the river burst`, `because talks failed`): a preposition
  /// only when `opensClauseAfterPreposition` reads a clause after it, a subordinator when a
  /// finite verb follows within `prepositionClauseReach` words.
  private func opensAdjunct(_ index: Int) -> Bool {
    guard tagged.isLowercaseWord(index), tagged.has(index, .subordinator), !tagged.has(index, .relative),
      !Self.keptOpeners.contains(where: { tagged.isWord(index, $0) })
    else { return false }
    if tagged.has(index, .preposition) { return tagged.opensClauseAfterPreposition(index) }
    let reach = (index + 2)..<min(tagged.tokens.count, index + 1 + TaggedText.prepositionClauseReach)
    return reach.contains { tagged.isFiniteVerb($0) }
  }

  /// Subordinators whose clause a summary keeps: a condition, a comparison, what is reported.
  private static let keptOpeners: [StaticString] = ["if", "unless", "whether", "than", "that"]
}
