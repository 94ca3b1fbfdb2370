extension EventSummarizer {
  /// Where a report ends whose content's subject a relative clause interrupts: past the relative
  /// clause and the verb that goes on after it (`The union said the strike, which began on
  /// Monday, had cost the port £2m`) when the whole fits in a summary; nil for any other segment.
  func reportEnd(of segment: Segment, at position: Int, in segments: [Segment]) -> Int? {
    guard let rest = reportRest(of: segment, at: position, in: segments),
      tagged.byteRange(segment.tokens.lowerBound..<rest.upperBound).count <= Self.maximumLength
    else {
      return nil
    }
    return rest.upperBound
  }

  /// The words that go on with a report's content after a relative clause interrupts its
  /// subject, when the whole is too long for a summary but the report and those words are not
  /// (`Prosecutors said Kessler, who ran the agency for six years, approved …` is told as
  /// `Prosecutors said Kessler approved …`); nil for any other segment.
  func reportTail(of segment: Segment, at position: Int, in segments: [Segment]) -> Range<Int>? {
    guard let rest = reportRest(of: segment, at: position, in: segments),
      tagged.byteRange(segment.tokens.lowerBound..<rest.upperBound).count > Self.maximumLength,
      tagged.byteRange(segment.tokens).count + tagged.byteRange(rest).count < Self.maximumLength
    else {
      return nil
    }
    return rest
  }

  /// The segment that goes on with a report's content after a relative clause set off by commas
  /// after its subject: `had cost the port £2m` in `The union said the strike, | which began on
  /// Monday, | had cost the port £2m`.
  private func reportRest(of segment: Segment, at position: Int, in segments: [Segment]) -> Range<Int>? {
    guard position + 2 < segments.count, segments[position + 1].role == .relative,
      let last = segment.tokens.last, [.noun, .propn].contains(tagged.upos(last)),
      let speech = segment.tokens.last(where: { isReportingVerb($0) }), speech < last
    else {
      return nil
    }
    let relative = segments[position + 1].tokens
    let rest = segments[position + 2].tokens
    var subject = speech + 1
    if tagged.isWord(subject, "that") { subject += 1 }
    guard subject <= last, tagged.isBareNounPhrase(subject..<(last + 1)),
      tagged.has(last + 1, .comma), relative.lowerBound == last + 2,
      tagged.has(relative.upperBound, .comma), rest.lowerBound == relative.upperBound + 1,
      tagged.isFiniteVerb(rest.lowerBound)
    else {
      return nil
    }
    return rest
  }

  /// The noun phrase a report names as the subject of what it says, when a relative clause cuts
  /// it from its verb: `production at the site` in `The company said production at the site, |
  /// which has built cars since 1989, | would end in March 2026`.
  func reportedSubject(before position: Int, in segments: [Segment]) -> Range<Int>? {
    guard position >= 2, segments[position - 1].role == .relative else { return nil }
    let segment = segments[position - 2].tokens
    guard let last = segment.last, [.noun, .propn].contains(tagged.upos(last)),
      let speech = segment.last(where: { isReportingVerb($0) }), speech < last
    else {
      return nil
    }
    var subject = speech + 1
    if tagged.isWord(subject, "that") { subject += 1 }
    guard subject <= last, tagged.isBareNounPhrase(subject..<(last + 1)) else { return nil }
    return subject..<(last + 1)
  }

  /// Whether the token is a speech or cognition verb used as a verb (`said`, `believes`).
  private func isReportingVerb(_ index: Int) -> Bool {
    tagged.has(index, [.speechVerb, .cognitionVerb]) && tagged.upos(index) == .verb
  }
}
