/// The present of a clause that a verb reports, read as a noun after its plural subject.
extension FiniteVerbRepair {
  /// How many words the subject of a reported clause may have (`the three unions`).
  static let reportedSubjectLength = 5

  /// Gives back its verb to the base form after the plural subject of a clause that a finite verb
  /// reports, with or without `that` (`The judge said deliberations resume on Monday`, `said
  /// that the talks resume on Thursday`): the tagger read the base form as a noun (the data saw
  /// `resume` only as one), and the reported clause, with no finite verb of its own before its
  /// next mark or conjunction, needs one.
  func repairReportedPresents(
    _ words: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], tags: inout [UPOS],
    lemmas: inout [UInt16]
  ) {
    for verb in words where tags[verb] == .verb && isFinite(verb, bytes, starts: starts, ends: ends, tags: tags) {
      var first = verb + 1
      if first < words.upperBound, tags[first] == .sconj,
        FeatureHash.bytes(bytes, Int(starts[first])..<Int(ends[first]), lower: true) == Self.that
      {
        first += 1
      }
      var end = first
      if end < words.upperBound, tags[end] == .det { end += 1 }
      let head = end
      while end < words.upperBound, end - head < Self.reportedSubjectLength, [.adj, .noun].contains(tags[end]) { end += 1 }
      let candidate = end - 1
      guard candidate > head, candidate + 1 < words.upperBound,
        isPresentAfterPlural(candidate, words, bytes, starts: starts, ends: ends, tags: tags, lemmas: lemmas),
        !hasFiniteVerb(from: end, words, bytes, starts: starts, ends: ends, tags: tags)
      else { continue }
      let range = Int(starts[candidate])..<Int(ends[candidate])
      tags[candidate] = .verb
      lemmas[candidate] = lemmatizer.rule(bytes, range, lowered: FeatureHash.bytes(bytes, range, lower: true), tag: .verb)
    }
  }

  /// Whether a finite verb stands from `start` before the next mark or conjunction of `words`.
  private func hasFiniteVerb(
    from start: Int, _ words: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32],
    tags: [UPOS]
  ) -> Bool {
    var index = start
    while index < words.upperBound, ![.punct, .cconj, .sconj].contains(tags[index]) {
      if isFinite(index, bytes, starts: starts, ends: ends, tags: tags) { return true }
      index += 1
    }
    return false
  }

  /// The hash of `that`.
  private static let that = hash("that")
}
