extension EventSummarizer {
  /// The subject of the main clause after a sentence-opening past participle set off by a comma
  /// (`the club` for `Founded in 1976, | the club now has …`): what the participle tells
  /// happened to. Nil for any other segment.
  func participleOpenerSubject(of segment: Segment, position: Int, in segments: [Segment]) -> Range<Int>? {
    let first = segment.tokens.lowerBound
    guard segment.tokens.count > 1, tagged.opensWithPastParticiple(first), tagged.has(segment.tokens.upperBound, .comma),
      position + 1 < segments.count, segments[position + 1].role == .main
    else { return nil }
    let next = segments[position + 1].tokens
    return tagged.subjectPhrase(at: next.lowerBound, before: next.upperBound)
  }

  /// The opening words of a summary led by the subject of a sentence-opening past participle:
  /// `Achterberg was` for `Born in Utrecht in 1933, Achterberg studied …`.
  func participleOpenerLead(_ phrase: Range<Int>) -> String {
    tagged.string(tokens: phrase) + (tagged.isPluralPhrase(phrase) ? " were" : " was")
  }
}
