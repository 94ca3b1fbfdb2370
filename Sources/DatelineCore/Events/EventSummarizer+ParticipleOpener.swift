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

  /// Whether `range` is an absolute phrase: `with` or `without`, a noun phrase, and a participle
  /// (`with gusts of up to 180km/h recorded at …`, `with sales expected to pass …`).
  func isAbsolutePhrase(_ range: Range<Int>) -> Bool {
    let first = range.lowerBound
    guard range.count > 2, tagged.isWord(first, "with") || tagged.isWord(first, "without") else { return false }
    guard let verb = range.first(where: { [.verb, .aux].contains(tagged.upos($0)) }), verb > first + 1 else {
      return false
    }
    return !tagged.isFiniteVerb(verb) || tagged.endsWith(verb, "ed") && [.noun, .propn, .num].contains(tagged.upos(verb - 1))
  }
}
