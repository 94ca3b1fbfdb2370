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

  /// An absolute phrase without its `with`, told as a clause (`with a final vote scheduled for
  /// May 9` → `a final vote is scheduled for May 9`): its noun phrase, `is`/`are` (or `was`/`were`
  /// when the clause it hangs on, `clause`, is told in the past) and its participle's words. Nil
  /// when no participle follows the noun phrase.
  func absoluteClause(_ range: Range<Int>, hangingOn clause: Range<Int>?) -> String? {
    guard let participle = range.first(where: { [.verb, .aux].contains(tagged.upos($0)) }), participle > range.lowerBound,
      [.noun, .propn, .num].contains(tagged.upos(participle - 1)), tagged.upos(participle) == .verb,
      tagged.endsWith(participle, "ed") || tagged.endsWith(participle, "en")
    else {
      return nil
    }
    let past = clause?.contains { tagged.isFiniteVerb($0) && tagged.has($0, .pastVerb) && tagged.upos($0) == .verb } ?? false
    let plural = tagged.isPluralPhrase(range.lowerBound..<participle)
    let be = past ? (plural ? "were" : "was") : (plural ? "are" : "is")
    return tagged.string(tokens: range.lowerBound..<participle) + " " + be + " " + tagged.string(tokens: participle..<range.upperBound)
  }
}
