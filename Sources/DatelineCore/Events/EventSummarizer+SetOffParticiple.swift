extension EventSummarizer {
  /// The opening words of a summary of a past participle set off between its subject and the
  /// subject's verb, when `from` starts that subject right before the participle's comma:
  /// `Brenmoor was` for `Brenmoor, | founded in Sheffield in 1954, | makes kettles` (nil
  /// otherwise). What the participle tells happened to the subject, told as a clause.
  func setOffParticipleLead(from: Int, segment: Segment, in segments: [Segment], position: Int) -> String? {
    let start = segment.tokens.lowerBound
    guard from < start - 1, tagged.has(start - 1, .comma), isSetOffParticiple(position, in: segments) else { return nil }
    let phrase = from..<(start - 1)
    guard !phrase.contains(where: { tagged.has($0, .comma) }), [.noun, .propn].contains(tagged.upos(start - 2)) else {
      return nil
    }
    return participleOpenerLead(phrase)
  }

  /// Whether the segment at `position` is a past participle set off by commas before the verb
  /// its subject waits for (`The bridge, | opened in 1932, | will close …`): lowercase, after
  /// adverbs (`first proposed`), and followed by a main clause that opens with its verb.
  func isSetOffParticiple(_ position: Int, in segments: [Segment]) -> Bool {
    guard position + 1 < segments.count, segments[position + 1].role == .main else { return false }
    let tokens = segments[position].tokens
    var first = tokens.lowerBound
    while first < tokens.upperBound, tagged.upos(first) == .adv, tagged.isLowercaseWord(first) { first += 1 }
    guard first < tokens.upperBound, tagged.upos(first) == .verb, tagged.isLowercaseWord(first),
      !tagged.endsWith(first, "ing"), tagged.has(tokens.upperBound, .comma)
    else { return false }
    return startsWithVerb(segments[position + 1].tokens.lowerBound)
  }
}
