/// A quotation that its report cuts in two (`“We will rebuild,” the mayor said, “and we will do
/// it this year.”`), told once, whole, with its report after it.
extension EventSummarizer {
  /// The summary of a bare report set inside a quotation, `report` after the first part that
  /// opens at `first` (`“We will rebuild,` | `” the mayor said`), when the quotation goes on
  /// after it in the same sentence: both parts as one quotation, then the report (`“We will
  /// rebuild, and we will do it this year,” the mayor said`). A second part too long for a
  /// summary is cut at a word and ends in `…` when the first part tells no clause alone (`“The
  /// bridge,”`); nil when the first part does (it is told alone), or when no quotation goes on.
  func splitQuotationBody(first: Int, report: Range<Int>) -> String? {
    guard tagged.has(first, [.openDouble, .straightDouble]),
      let close = (first..<report.upperBound).last(where: { tagged.has($0, [.closeDouble, .straightDouble]) }),
      close > first + 1, let rest = quotationRest(after: report.upperBound)
    else { return nil }
    let speaker = tagged.string(tokens: (close + 1)..<report.upperBound)
    let mark = tagged.string(tokens: close..<(close + 1))
    var head = tagged.string(tokens: first..<close)
    // A first part with no verb is the subject of the second (`“The depot,” | “will close”`):
    // they are joined without the comma, unless it is only a name, which is who is spoken to
    // (`“Bartleby,” | “are you aware”`). Another keeps the punctuation it ends on (`,`, `?`),
    // or is joined by a comma.
    let hasVerb = ((first + 1)..<close).contains { tagged.isFiniteVerb($0) }
    let isSubject = ((first + 1)..<(close - 1)).contains { [.det, .noun, .pron].contains(tagged.upos($0)) }
    if !hasVerb, isSubject, tagged.has(close - 1, .comma), [.verb, .aux].contains(tagged.upos(rest.lowerBound)) {
      head = tagged.string(tokens: first..<(close - 1))
    } else if tagged.tokens[close - 1].kind != .punctuation {
      head += ","
    }
    let stop = tagged.tokens[rest.upperBound - 1].kind == .punctuation ? "" : ","
    let length = { (second: String) in head.utf8.count + 1 + second.utf8.count + 1 + mark.utf8.count + 1 + speaker.utf8.count }
    let whole = tagged.string(tokens: rest)
    if length(whole) <= Self.targetLength {
      return head + " " + whole + stop + mark + " " + speaker
    }
    guard !hasVerb else { return nil }
    // The second part ends on a noun, a name or a number that closes a phrase and fits.
    for end in stride(from: rest.upperBound - 1, to: rest.lowerBound, by: -1)
    where [.noun, .propn, .num].contains(tagged.upos(end)) && ![.noun, .propn, .num].contains(tagged.upos(end + 1)) {
      let cut = tagged.string(tokens: rest.lowerBound..<(end + 1)) + "…"
      if length(cut) <= Self.targetLength { return head + " " + cut + mark + " " + speaker }
    }
    return nil
  }

  /// The summary of the second part of a quotation that a bare report cuts in two, `segment`
  /// at `position` (`“and we will do it this year.”` after `“We will rebuild,” the mayor
  /// said,`): the whole quotation with its report, as `splitQuotationBody` tells it; nil for
  /// any other segment.
  func continuedQuotation(of segment: Segment, at position: Int, in segments: [Segment]) -> String? {
    // The part may itself be cut in pieces (`“will close on July 3 | and reopen in 2025.”`).
    guard let opening = stride(from: position, through: max(0, position - Self.pieceReach), by: -1).first(where: {
      let mark = segments[$0].tokens.lowerBound
      return mark > 0 && tagged.has(mark, [.openDouble, .straightDouble]) && tagged.has(mark - 1, .comma)
    }), opening > 0 else { return nil }
    let mark = segments[opening].tokens.lowerBound
    guard !((mark + 1)..<max(mark + 1, segment.tokens.lowerBound)).contains(where: { tagged.isQuotationMark($0) })
    else { return nil }
    let sentence = tagged.sentences[Int(tagged.sentenceOf[mark])].tokens.lowerBound
    for index in stride(from: opening - 1, through: max(0, opening - 2), by: -1) {
      let tokens = segments[index].tokens
      var from = tokens.lowerBound
      while from < tokens.upperBound, tagged.has(from, [.closeDouble, .straightDouble, .comma]) { from += 1 }
      guard from < tokens.upperBound, isBareReport(from..<tokens.upperBound),
        quotationRest(after: tokens.upperBound)?.lowerBound == mark + 1
      else { continue }
      return splitQuotationBody(first: sentence, report: from..<tokens.upperBound)
    }
    return nil
  }

  /// How many segments before a piece of a quotation its opening mark is looked for.
  private static let pieceReach = 3

  /// How many words an apposition after a report's speaker may take before the quotation goes
  /// on: `, a fisherman,`.
  private static let appositionReach = 6

  /// The words of the quotation that goes on after a report ending at `end` (`, “and we will do
  /// it this year.”`), past a comma and an apposition to the speaker (`, a fisherman,`), up to
  /// its closing mark or the end of the sentence and without its final stop or comma; nil when no
  /// quotation opens there.
  private func quotationRest(after end: Int) -> Range<Int>? {
    guard end < tagged.tokens.count, tagged.has(end, .comma) else { return nil }
    let sentence = tagged.sentences[Int(tagged.sentenceOf[end])].tokens
    var mark = end + 1
    if mark < sentence.upperBound, !tagged.has(mark, [.openDouble, .straightDouble]) {
      let apposition = (mark..<min(sentence.upperBound, mark + Self.appositionReach)).first { tagged.has($0, .comma) }
      guard let apposition, (mark..<apposition).allSatisfy({ tagged.upos($0).isNounPhraseWord })
      else { return nil }
      mark = apposition + 1
    }
    guard mark + 1 < sentence.upperBound, tagged.has(mark, [.openDouble, .straightDouble]) else { return nil }
    // An apostrophe is no closing mark: `he's gone`.
    let doubleMarks: WordFlags = [.openDouble, .closeDouble, .straightDouble]
    var last = ((mark + 1)..<sentence.upperBound).first { tagged.has($0, doubleMarks) } ?? sentence.upperBound
    while last > mark + 1, tagged.has(last - 1, [.period, .comma]) { last -= 1 }
    return last > mark + 1 ? (mark + 1)..<last : nil
  }
}
