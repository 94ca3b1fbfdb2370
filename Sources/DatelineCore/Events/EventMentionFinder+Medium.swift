/// An opening adverbial that names the medium of a report (`In a letter posted on social media, |
/// Berglund wrote that …`): posting the letter is the writing itself, no event of its own, and
/// the time of the posting is the time of the report.
extension EventMentionFinder {
  /// Whether the leading segment at `position` is a preposition and a noun phrase with a past
  /// participle (`In an email sent to staff on Wednesday`) before a main clause that reports
  /// (`chief executive Rosa Quint wrote that …`): the medium of that report. `verbs` and
  /// `reports` are the segments' event verbs and reported clauses, by position.
  func namesMediumOfReport(
    _ position: Int, in segments: [Segment], verbs: [Int: (token: Int, kind: Event.Kind, isPlural: Bool)],
    reports: [Int: ReportedClause]
  ) -> Bool {
    let opening = segments[position].tokens
    guard segments[position].role == .leading, tagged.isWord(opening.lowerBound, "in") || tagged.isWord(opening.lowerBound, "on"),
      opening.dropFirst(2).contains(where: isMediumParticiple),
      let main = segments.indices.dropFirst(position + 1).first(where: { segments[$0].role == .main }),
      let verb = verbs[main]
    else { return false }
    guard reports[main] == nil else { return true }
    // A verb of speech with other senses reports only where it carries words: `it continued its
    // wait` tells no report.
    guard verb.kind == .statement, tagged.has(verb.token, .speechVerb) else { return false }
    return !tagged.has(verb.token, .speechWithOtherSenses)
      || SpeakingVerb(tagged: tagged).speaks(verb.token, in: segments[main].tokens)
  }

  /// Whether the word at `index` is a past participle right after a noun and before a
  /// preposition, an adverb, `to` or a time (`a letter posted on`, `an email sent to`).
  private func isMediumParticiple(_ index: Int) -> Bool {
    tagged.isParticipleAfterNoun(index)
      && ([.adp, .adv].contains(tagged.upos(index + 1)) || tagged.isWord(index + 1, "to") || tagged.timeOf[index + 1] >= 0)
  }
}
