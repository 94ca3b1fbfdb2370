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
    if let list = predicateListEnd(of: segment, at: position, in: segments) { return list }
    var next = position + 1
    while next < segments.count, segments[next].tokens.lowerBound == end,
      needsComplement(end - 1, opening: end),
      tagged.byteRange(segment.tokens.lowerBound..<segments[next].tokens.upperBound).count <= Self.maximumLength
    {
      end = segments[next].tokens.upperBound
      next += 1
    }
    return resumedComplementEnd(of: segment.tokens.lowerBound..<end, next: next, in: segments) ?? end
  }

  /// Where what a verb of speech or thought says goes on past a participle or a relative clause
  /// set off in its subject (`reported on Saturday that Brightclean Services, | run by Daniel
  /// Vance, | was awarded three contracts`): the end of the piece, among the `resumedReach` after
  /// `range`, that opens with the finite verb the subject waits for, while the whole fits in a
  /// summary. Nil when the clause after `that` has its verb already.
  private func resumedComplementEnd(of range: Range<Int>, next: Int, in segments: [Segment]) -> Int? {
    guard next < segments.count, tagged.has(range.upperBound, .comma),
      let that = range.last(where: { tagged.isWord($0, "that") }), that + 1 < range.upperBound,
      let verb = (range.lowerBound..<that).last(where: { tagged.isFiniteVerb($0) }),
      tagged.has(verb, [.speechVerb, .cognitionVerb]) || tagged.isReportingVerb(verb),
      !((that + 1)..<range.upperBound).contains(where: { tagged.isFiniteVerb($0) || tagged.has($0, .relative) })
    else { return nil }
    let sentence = tagged.sentenceOf[range.lowerBound]
    for index in next..<min(segments.count, next + Self.resumedReach) {
      let piece = segments[index]
      guard tagged.sentenceOf[piece.tokens.lowerBound] == sentence,
        tagged.byteRange(range.lowerBound..<piece.tokens.upperBound).count <= Self.maximumLength
      else { return nil }
      if index > next, piece.role == .main, startsWithVerb(piece.tokens.lowerBound) { return piece.tokens.upperBound }
      let first = piece.tokens.lowerBound
      guard piece.role == .participle || piece.role == .relative || tagged.upos(first) == .verb && tagged.isLowercaseWord(first)
      else { return nil }
    }
    return nil
  }

  /// How many pieces after a clause cut inside its subject may set off what stands before its verb.
  private static let resumedReach = 3

  /// Where the list of predicates that `segment`, a clause with its subject, opens ends when the
  /// later ones, after its comma, tell no time and no event of their own: the clause is told
  /// with them (`Brenna Foods is based in Leeds, England, | employs 900 staff and sells bread`),
  /// while the whole fits in a summary. One with a time is told apart (`…, employs 41,000 people
  /// and reported record sales in July`).
  private func predicateListEnd(of segment: Segment, at position: Int, in segments: [Segment]) -> Int? {
    let end = segment.tokens.upperBound
    guard position + 1 < segments.count, segment.role == .main, tagged.has(end, .comma),
      segment.tokens.dropFirst().contains(where: { tagged.isFiniteVerb($0) })
    else { return nil }
    let next = segments[position + 1].tokens
    let sentence = tagged.sentences[Int(tagged.sentenceOf[segment.tokens.lowerBound])].tokens
    guard next.lowerBound == end + 1, next.upperBound <= sentence.upperBound, segments[position + 1].role == .main,
      isPresentPredicate(next.lowerBound),
      let list = (position + 1..<segments.count).last(where: { segments[$0].tokens.upperBound <= sentence.upperBound }),
      tagged.byteRange(segment.tokens.lowerBound..<segments[list].tokens.upperBound).count <= Self.targetLength
    else { return nil }
    let rest = next.lowerBound..<segments[list].tokens.upperBound
    return rest.contains { tagged.timeOf[$0] >= 0 || tagged.has($0, .triggerVerb) } ? nil : rest.upperBound
  }

  /// Whether the word at `index` is a verb in the present of the third person (`employs`,
  /// `sells`): a predicate of its own, not a participle (`, guarded by …`) or a bare form.
  private func isPresentPredicate(_ index: Int) -> Bool {
    tagged.upos(index) == .verb && tagged.isLowercaseWord(index) && tagged.endsWith(index, "s") && !tagged.endsWith(index, "ss")
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
