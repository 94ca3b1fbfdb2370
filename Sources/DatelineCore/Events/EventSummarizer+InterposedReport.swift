/// A report set off by commas between a subject and its verb (`Officers, | Mia Kvist said, |
/// had been told to stand down`): the clause is the subject's, told as its speaker told it.
extension EventSummarizer {
  /// The noun phrase whose verb opens `segments[position]` past a report set off right before
  /// it: `Officers` for `had been told to stand down` in `Officers, Mia Kvist said, had been told
  /// to stand down`. Nil when the segment does not open with its verb or no such report and
  /// noun phrase stand before it.
  func interposedReportSubject(of position: Int, in segments: [Segment]) -> Range<Int>? {
    guard position >= 2, isInterposedReport(position - 1, in: segments) else { return nil }
    return segments[position - 2].tokens
  }

  /// The lead of a clause whose verb a report set off before it cuts from its subject: the
  /// report, then the subject as the start of what it tells (`Detective Inspector Mia Kvist said
  /// officers` for `had been told to stand down`), as a report told after its clause leads it
  /// when moved to the front (`bareReportBody`). Nil when `interposedReportSubject` finds none.
  func interposedReportLead(of position: Int, in segments: [Segment]) -> String? {
    guard let subject = interposedReportSubject(of: position, in: segments) else { return nil }
    let told = afterLead(tagged.string(tokens: subject), opening: subject.lowerBound)
    return tagged.string(tokens: segments[position - 1].tokens) + " " + told
  }

  /// Whether `segments[position]` is nothing but a report with its speaker first (`Mia Kvist
  /// said`, `the union said`; not a participle such as `discovered in May`)
  /// set off by commas between a bare noun phrase that opens the sentence and a segment that
  /// opens with the verb the noun phrase waits for: it says who told the clause, and tells no
  /// event of its own.
  func isInterposedReport(_ position: Int, in segments: [Segment]) -> Bool {
    guard position >= 1, position + 1 < segments.count, segments[position].role == .main,
      segments[position - 1].role == .main, segments[position + 1].role == .main
    else { return false }
    let report = segments[position].tokens
    let subject = segments[position - 1].tokens
    let next = segments[position + 1].tokens
    guard tagged.isSentenceInitial(subject.lowerBound), subject.upperBound + 1 == report.lowerBound,
      report.upperBound + 1 == next.lowerBound, tagged.has(subject.upperBound, .comma), tagged.has(report.upperBound, .comma),
      tagged.isBareNounPhrase(subject), !tagged.has(report.lowerBound, [.preposition, .subordinator]),
      !startsWithVerb(report.lowerBound),
      isBareReport(report)
    else { return false }
    return startsWithVerb(next.lowerBound)
  }
}
