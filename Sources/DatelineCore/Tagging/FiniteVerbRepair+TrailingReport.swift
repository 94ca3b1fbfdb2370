/// The verb of a clause that a report set after it (`An explosion tore through the plant,
/// officials said.`) leaves without a finite one.
extension FiniteVerbRepair {
  /// How many words the subject of a trailing report may have (`the county fire service`).
  static let reportSubjectLength = 5
  /// How many words may follow a trailing report's verb (`said in a statement on Tuesday`).
  static let reportTailLength = 6

  /// Gives a verb to the part of sentence `words` before a report that ends it, when that part
  /// has no finite one: the report's own verb (`said`) is finite, so the sentence as a whole
  /// asked for no repair, though the clause it tells did (`tore` read as a noun).
  func repairBeforeTrailingReport(
    _ words: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], tags: inout [UPOS],
    lemmas: inout [UInt16]
  ) {
    guard let comma = trailingReportComma(words, bytes, starts: starts, ends: ends, tags: tags), comma > words.lowerBound + 1
    else { return }
    repairClause(words.lowerBound..<comma, bytes, starts: starts, ends: ends, tags: &tags, lemmas: &lemmas, reported: true)
  }

  /// The comma that sets off the report ending `words`: a subject of nouns, names, a pronoun, a
  /// determiner or adjectives, its finite verb, and at most `reportTailLength` words of
  /// prepositions, determiners, nouns, names, numbers and adverbs before the closing mark
  /// (`, officials said.`, `, the council said in a statement.`, `, he told reporters.`).
  private func trailingReportComma(
    _ words: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], tags: [UPOS]
  ) -> Int? {
    guard words.count > 3 else { return nil }
    var last = words.upperBound - 1
    if tags[last] == .punct { last -= 1 }
    let tail: Set<UPOS> = [.adp, .det, .noun, .propn, .num, .adv, .adj]
    var verb = last
    while verb > words.lowerBound, last - verb < Self.reportTailLength, tags[verb] != .verb, tail.contains(tags[verb]) {
      verb -= 1
    }
    guard tags[verb] == .verb, isFinite(verb, bytes, starts: starts, ends: ends, tags: tags) else { return nil }
    let subject: Set<UPOS> = [.det, .adj, .noun, .propn, .pron]
    var comma = verb - 1
    while comma > words.lowerBound, verb - comma <= Self.reportSubjectLength, subject.contains(tags[comma]) { comma -= 1 }
    guard comma < verb - 1, isComma(bytes, comma, starts: starts, ends: ends) else { return nil }
    return comma
  }
}
