/// A clause cut from the words its last word needs: `opened an inquiry into | whether …`,
/// `said an investigation found | that …`.
extension EventSummarizer {
  /// Where the summary of `segment` ends: its end, or past the segments right after it (with no
  /// punctuation between) that its last word needs to be read, a preposition's object (`opened
  /// an inquiry into | whether the firm told patients`) or a verb's clause opened by `that` or a
  /// question word (`said an investigation found | that …`), while the whole fits in a summary;
  /// before a measured stretch that places the next clause (`a day | before`).
  func complementEnd(of segment: Segment, at position: Int, in segments: [Segment]) -> Int {
    var end = segment.tokens.upperBound
    // A measured stretch that places the next clause belongs to it: `were leaked a day | before he
    // was due to present it` tells the leak, not `a day`.
    if tagged.isWord(end, "after") || tagged.isWord(end, "before"), end - 1 > segment.tokens.lowerBound,
      let stretch = stretchStart(endingAt: end - 1)
    {
      var start = stretch
      while start - 1 > segment.tokens.lowerBound {
        if Self.stretchModifiers.contains(where: { tagged.isWord(start - 1, $0) }) {
          start -= 1
        } else if start - 2 > segment.tokens.lowerBound, tagged.isWord(start - 2, "at"),
          tagged.isWord(start - 1, "least") || tagged.isWord(start - 1, "most")
        {
          start -= 2
        } else {
          break
        }
      }
      // A stretch a preposition takes is what the clause measures, not where it places the next
      // one: `postponed the launch by at least six weeks | after engineers found a fault`.
      if start > segment.tokens.lowerBound, !tagged.has(start - 1, .preposition) { return start }
    }
    var next = position + 1
    while next < segments.count, segments[next].tokens.lowerBound == end,
      needsComplement(end - 1, opening: end),
      tagged.byteRange(segment.tokens.lowerBound..<segments[next].tokens.upperBound).count <= Self.maximumLength
    {
      end = segments[next].tokens.upperBound
      next += 1
    }
    return end
  }

  /// Where a measured stretch ending at `last` starts: a duration (`a day`, `two weeks`) or a
  /// unit counted by no number (`hours`, `days`, `weeks`: `spans`).
  private func stretchStart(endingAt last: Int) -> Int? {
    let time = Int(tagged.timeOf[last])
    if time >= 0 {
      guard case .duration = tagged.times[time].value else { return nil }
      return tagged.tokens(ofTime: time).lowerBound
    }
    return Self.spans.contains { tagged.isWord(last, $0) } ? last : nil
  }

  /// Whether the word at `last`, a preposition or a verb, cannot end a clause before the words
  /// at `next`, which open what it needs: `that`, `whether` or a question word (`into whether`,
  /// `found that`, `on who should lead`); not `when` or `where`, which open a clause of time or
  /// place.
  private func needsComplement(_ last: Int, opening next: Int) -> Bool {
    guard tagged.isLowercaseWord(last), tagged.isLowercaseWord(next),
      tagged.upos(last) == .verb || tagged.upos(last) == .adp || tagged.has(last, .preposition)
    else {
      return false
    }
    return Self.complementOpeners.contains { tagged.isWord(next, $0) }
  }

  /// Words that bound or soften a stretch before it (`just a day`, `nearly two weeks`); `at
  /// least` and `at most` are read as pairs.
  private static let stretchModifiers: [StaticString] = ["just", "only", "about", "nearly", "almost", "some"]

  private static let complementOpeners: [StaticString] = ["that", "whether", "what", "who", "how", "why"]
}
