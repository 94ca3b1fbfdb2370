/// How near a subject stands to its clause, and how a clause opens.
extension EventSummarizer {
  /// How many tokens may stand between a subject and its clause for the summary to keep them.
  static let nearSubjectGap = 12

  /// How long, in bytes, a summary kept as written from its subject to the end of its clause may
  /// be; a longer one is brought together from the subject and the clause.
  static let literalLength = 110

  /// Whether `subject` stands in the same sentence a few tokens before `start`, with no
  /// quotation between, and the words from it to `end` are short enough to keep as written.
  func isNear(_ subject: Range<Int>, _ start: Int, end: Int) -> Bool {
    guard start - subject.upperBound <= Self.nearSubjectGap,
      tagged.sentenceOf[subject.lowerBound] == tagged.sentenceOf[start],
      tagged.byteRange(subject.lowerBound..<end).count <= Self.literalLength
    else {
      return false
    }
    return !(subject.upperBound..<start).contains { tagged.has($0, WordFlags.quoteMark) }
  }

  /// Whether the clause at `index` starts with its verb (after adverbs): `lasted weeks`; not
  /// with a noun the tagger read as a verb (`demand recovered`).
  func startsWithVerb(_ index: Int) -> Bool {
    var first = index
    while tagged.upos(first) == .adv { first += 1 }
    return tagged.upos(first) == .verb && !tagged.isNounReadAsVerb(first) || tagged.upos(first) == .aux
  }
}
