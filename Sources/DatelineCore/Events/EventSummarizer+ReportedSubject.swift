extension EventSummarizer {
  /// Where a report ends whose content's subject an aside interrupts: past the aside and the verb
  /// that goes on after it (`The union said the strike, which began on Monday, had cost the port
  /// £2m`) when the whole fits in a summary; nil for any other segment.
  func reportEnd(of segment: Segment, at position: Int, in segments: [Segment]) -> Int? {
    guard let rest = reportRest(of: segment, at: position, in: segments),
      tagged.byteRange(segment.tokens.lowerBound..<rest.upperBound).count <= Self.maximumLength
    else {
      return nil
    }
    return rest.upperBound
  }

  /// How many segments set off by commas may stand between a report's `that` and the clause it
  /// opens.
  static let thatAsideReach = 2

  /// The clause a report's `that` opens when words set off by commas or dashes, or a subordinate
  /// clause, stand between them (`reported that, | when holding the phone low, | reception
  /// fell`, `found that – | despite the warnings – | the dam held`): a clause of the same
  /// sentence that names its subject before a finite verb, with no quotation mark between.
  /// Without it the report ends on its `that` and says nothing. Nil for a segment that does
  /// not end on such a `that`.
  func contentAfterThat(of segment: Segment, at position: Int, in segments: [Segment]) -> Range<Int>? {
    // The aside may be set off by a comma or a dash, or be a subordinate clause (`that | if the
    // motion fails, | they will`).
    guard let last = segment.tokens.last, tagged.isWord(last, "that"), tagged.isLowercaseWord(last),
      tagged.has(last + 1, [.comma, .dash]) || tagged.has(last + 1, .subordinator) && !tagged.has(last + 1, .preposition),
      [.verb, .adj].contains(tagged.upos(last - 1)) || tagged.has(tagged.beforeOwnTime(last), [.speechVerb, .cognitionVerb])
        || tagged.isThatOfReport(last)
    else { return nil }
    for next in (position + 2)..<min(segments.count, position + 2 + Self.thatAsideReach) {
      let tokens = segments[next].tokens
      // Words quoted after it are the speaker's own, not what the report tells of them.
      guard tagged.sentenceOf[tokens.lowerBound] == tagged.sentenceOf[last],
        !((last + 1)..<tokens.lowerBound).contains(where: { tagged.isQuotationMark($0) })
      else { return nil }
      if tagged.has(tokens.lowerBound - 1, [.comma, .dash]),
        tagged.isLowercaseWord(tokens.lowerBound) || tagged.upos(tokens.lowerBound) == .propn,
        namesSubject(tokens), tokens.contains(where: { tagged.isFiniteVerb($0) })
      {
        return tokens
      }
    }
    return nil
  }

  /// The clause a report's `that` opens when a phrase of time or place opens it before a comma
  /// and the segment ends there (`claims that in 1997 and 1998, | she was tasked with …`): the
  /// next segment of the same sentence, when it names its subject before a finite verb. Without
  /// it the report ends on that phrase and says nothing.
  func contentAfterOpeningPhrase(of segment: Segment, at position: Int, in segments: [Segment]) -> Range<Int>? {
    let tokens = segment.tokens
    guard position + 1 < segments.count, tagged.has(tokens.upperBound, .comma),
      let that = tokens.suffix(Self.asideReach).last(where: { tagged.isWord($0, "that") }), that + 1 < tokens.upperBound,
      tagged.isLowercaseWord(that), tagged.has(that + 1, .preposition) || tagged.timeOf[that + 1] >= 0,
      tagged.isThatOfReport(that) || tagged.has(tagged.beforeOwnTime(that), [.speechVerb, .cognitionVerb]),
      !((that + 1)..<tokens.upperBound).contains(where: { tagged.isFiniteVerb($0) || tagged.isQuotationMark($0) })
    else { return nil }
    let next = segments[position + 1].tokens
    guard next.lowerBound == tokens.upperBound + 1, tagged.sentenceOf[next.lowerBound] == tagged.sentenceOf[that],
      namesSubject(next), next.contains(where: { tagged.isFiniteVerb($0) })
    else { return nil }
    return next
  }

  /// For a clause joined at `end` with the `that` it needs (`complementEnd`: `Recent reports have
  /// revealed | that the harbour authority`), whose subject asides then cut from its verb (`,
  /// which had been warned …, | postponed the repairs twice`): `end` moved past that verb's
  /// segment when the whole fits in a summary, else the verb's segment, told after the clause
  /// without the asides (`reportTail`). Nil, with `end` kept, for any other clause.
  func joinedReportTail(of segment: Segment, at position: Int, in segments: [Segment], end: inout Int) -> Range<Int>? {
    guard end > segment.tokens.upperBound, let last = segments[position...].firstIndex(where: { $0.tokens.upperBound == end })
    else { return nil }
    let joined = Segment(tokens: segment.tokens.lowerBound..<end, role: segment.role)
    if let whole = reportEnd(of: joined, at: last, in: segments) {
      end = whole
      return nil
    }
    return reportTail(of: joined, at: last, in: segments)
  }

  /// The words that go on with a report's content after an aside interrupts its subject, when
  /// the whole is too long for a summary but the report and those words are not (`Prosecutors
  /// said Kessler, who ran the agency for six years, approved …` is told as `Prosecutors said
  /// Kessler approved …`); nil for any other segment.
  func reportTail(of segment: Segment, at position: Int, in segments: [Segment]) -> Range<Int>? {
    guard let rest = reportRest(of: segment, at: position, in: segments),
      tagged.byteRange(segment.tokens.lowerBound..<rest.upperBound).count > Self.maximumLength,
      tagged.byteRange(segment.tokens).count + tagged.byteRange(rest).count < Self.maximumLength
    else {
      return nil
    }
    return rest
  }

  /// The segment that goes on with a report's content after asides set off by commas after its
  /// subject: `had cost the port £2m` in `The union said the strike, | which began on Monday, |
  /// had cost the port £2m`, `had been arrested` in `Police said two men, | aged 19, | had been
  /// arrested`.
  private func reportRest(of segment: Segment, at position: Int, in segments: [Segment]) -> Range<Int>? {
    guard tagged.reportedSubject(endingAt: segment.tokens) != nil else { return nil }
    let asides = segments[(position + 1)...].prefix { isAside($0) }
    let next = position + 1 + asides.count
    guard !asides.isEmpty, next < segments.count, let last = segment.tokens.last else { return nil }
    let rest = segments[next].tokens
    // A relative clause may stand with no commas (`said 11 stores | that were losing money |
    // would close`).
    let setOff = tagged.has(last + 1, .comma) && asides.first?.tokens.lowerBound == last + 2
      && tagged.has(rest.lowerBound - 1, .comma)
    let bare = asides.count == 1 && asides.first?.role == .relative && asides.first?.tokens.lowerBound == last + 1
      && rest.lowerBound == asides[asides.startIndex].tokens.upperBound
    guard setOff || bare, tagged.isFiniteVerb(rest.lowerBound) else {
      return nil
    }
    return rest
  }

  /// The noun phrase a report names as the subject of what it says, when asides cut it from its
  /// verb: `production at the site` in `The company said production at the site, | which has
  /// built cars since 1989, | would end in March 2026`.
  func reportedSubject(before position: Int, in segments: [Segment]) -> Range<Int>? {
    guard let report = segments[..<position].lastIndex(where: { !isAside($0) }), report < position - 1 else {
      return nil
    }
    return tagged.reportedSubject(endingAt: segments[report].tokens)
  }

  /// Whether a segment is set off inside a clause rather than going on with it: a relative clause,
  /// a participle, a prepositional phrase, what stands in brackets, or a participle or adjective
  /// with no noun after it (`, which began on Monday,`, `, in a statement,`, `, aged 19 and 22,`),
  /// or an adjective's phrase with no verb of its own but an infinitive (`, due to take effect on
  /// April 1,`).
  private func isAside(_ segment: Segment) -> Bool {
    let tokens = segment.tokens
    let first = tagged.upos(tokens.lowerBound)
    let isAdjectivePhrase = first == .adj
      && !tokens.dropFirst().contains { tagged.isFiniteVerb($0) && !tagged.isWord($0 - 1, "to") }
    let isBareModifier = [.verb, .adj].contains(first) && tagged.namesNothing(tokens) || isAdjectivePhrase
    // A past participle's phrase with no finite verb of its own, set off by commas: `, approved
    // by lawmakers last year,`.
    let isParticiplePhrase = first == .verb && tagged.endsWith(tokens.lowerBound, "ed") && tagged.has(tokens.upperBound, .comma)
      && !tokens.dropFirst().contains { tagged.isFiniteVerb($0) }
    return segment.role == .relative || segment.role == .participle || first == .adp || isBareModifier
      || isParticiplePhrase || tagged.isBracketed(tokens)
  }
}
