/// Where a quotation a report opens ends, in the report's sentence or in the next one.
extension EventSummarizer {
  /// The end of the sentence of the quotation whose opening mark follows the colon or comma at
  /// `mark` that ends a report: the report's own sentence, or the next one when the report's
  /// ends on that mark and the quotation opens the next (`Port director Mina Rathbun stated,` at
  /// the end of a paragraph, `“We will rebuild the pier …”` opening the next). Nil when the
  /// quotation opens inside another sentence.
  func openedQuotationEnd(after mark: Int) -> Int? {
    guard mark + 1 < tagged.tokens.count else { return nil }
    let own = tagged.sentences[Int(tagged.sentenceOf[mark])]
    let next = tagged.sentences[Int(tagged.sentenceOf[mark + 1])]
    guard next.tokens.lowerBound == own.tokens.lowerBound || own.tokens.upperBound == mark + 1 && next.tokens.lowerBound == mark + 1
    else { return nil }
    return next.tokens.upperBound
  }

  /// The report `report` that ends on the colon or comma at `mark` told with the quotation after
  /// it, up to `quotationEnd`, joined by one space (the quotation may open the next paragraph);
  /// one too long to keep whole leaves out what is set off inside the report.
  func reportWithQuotation(report: Int, mark: Int, quotationEnd: Int) -> String {
    let quotation = tagged.string(tokens: (mark + 1)..<quotationEnd)
    guard !fitsWhole(report..<quotationEnd) else { return tagged.string(tokens: report..<(mark + 1)) + " " + quotation }
    return withoutAsides(report..<mark).map { tagged.string(tokens: $0) }.joined(separator: " ")
      + tagged.string(tokens: mark..<(mark + 1)) + " " + quotation
  }
}

extension EventSummarizer {
  /// The quotation a report's `that` opens past words set off by commas or dashes (`told the
  /// court that, | after months of warnings, | “the beams were rotten.”`), to the end of its
  /// sentence: the report says nothing without it. Nil for a segment that does not end on such a
  /// `that`, or when no quotation opens after a comma or dash within `asideReach` tokens.
  func quotationAfterThat(of segment: Segment) -> Range<Int>? {
    guard let last = segment.tokens.last, tagged.isWord(last, "that"), tagged.isLowercaseWord(last),
      tagged.has(last + 1, [.comma, .dash]),
      [.verb, .adj].contains(tagged.upos(last - 1)) || tagged.has(tagged.beforeOwnTime(last), [.speechVerb, .cognitionVerb])
        || tagged.isThatOfReport(last)
    else { return nil }
    let sentenceEnd = tagged.sentences[Int(tagged.sentenceOf[last])].tokens.upperBound
    for index in (last + 2)..<min(sentenceEnd, last + 2 + Self.asideReach) where tagged.has(index, WordFlags.quoteMark) {
      guard tagged.has(index, [.openDouble, .straightDouble]), tagged.has(index - 1, [.comma, .dash]) else { return nil }
      return index..<sentenceEnd
    }
    return nil
  }

  /// Where what a verb's `that` opens, told alone as `segment`, ends before a second `that` of
  /// the same verb, at the `and` before it (and its comma): `that 4,200 homes lost power | and
  /// that repairs may take until December` tells one thing said. Nil for any other segment.
  func secondThat(of segment: Segment, before end: Int) -> Int? {
    let first = segment.tokens.lowerBound
    guard segment.role == .relative, tagged.isWord(first, "that"), tagged.isLowercaseWord(first), tagged.upos(first - 1) == .verb,
      let and = ((first + 2)..<max(first + 2, end)).first(where: { tagged.isWord($0, "and") && tagged.isWord($0 + 1, "that") })
    else { return nil }
    return tagged.has(and - 1, .comma) ? and - 1 : and
  }
}
