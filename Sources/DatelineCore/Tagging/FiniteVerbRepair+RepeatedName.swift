/// Names told again at the start of a sentence.
extension FiniteVerbRepair {
  /// Gives back their name to capitalized words that open a sentence (after an opening quotation
  /// mark too), that the tagger read as another part of speech, and that the text writes as a
  /// name inside a sentence too (`… to Lena Holt. Holt accepted it.`, `Rolf Anders … Anders met
  /// her.`): capitalization tells nothing at the start of a sentence, and the same word
  /// capitalized inside one does. Only words the training data saw less than twice: a common word
  /// that also names (`Police`, `Will`) keeps the tagger's reading.
  func repairRepeatedNames(
    _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], tags: inout [UPOS], lemmas: inout [UInt16]
  ) {
    // Openings are few and their words rarer still: collected first, they bound what is kept.
    var openings: [(index: Int, word: UInt64)] = []
    for index in starts.indices where tags[index] != .propn && tags[index] != .punct {
      let range = Int(starts[index])..<Int(ends[index])
      guard bytes[range.lowerBound] &- UInt8(ascii: "A") < 26,
        opensSentence(index, bytes, starts: starts, ends: ends, tags: tags),
        ambiguity.value(TaggerModel.ambiguityKey(FeatureHash.bytes(bytes, range, lower: true))) == nil
      else { continue }
      openings.append((index, FeatureHash.bytes(bytes, range, lower: false)))
    }
    guard !openings.isEmpty else { return }
    let words = Set(openings.map(\.word))
    var named: Set<UInt64> = []
    for index in starts.indices where tags[index] == .propn {
      let range = Int(starts[index])..<Int(ends[index])
      guard bytes[range.lowerBound] &- UInt8(ascii: "A") < 26,
        !opensSentence(index, bytes, starts: starts, ends: ends, tags: tags)
      else { continue }
      let word = FeatureHash.bytes(bytes, range, lower: false)
      if words.contains(word) { named.insert(word) }
    }
    for opening in openings where named.contains(opening.word) {
      let range = Int(starts[opening.index])..<Int(ends[opening.index])
      tags[opening.index] = .propn
      lemmas[opening.index] = lemmatizer.rule(
        bytes, range, lowered: FeatureHash.bytes(bytes, range, lower: true), tag: .propn)
    }
  }

  /// Whether word `index` opens a sentence: the text's first word, the first after a sentence's
  /// end, or the first after an opening quotation mark that does.
  private func opensSentence(
    _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], tags: [UPOS]
  ) -> Bool {
    var previous = index - 1
    if previous >= 0, tags[previous] == .punct, isQuotationMark(bytes, Int(starts[previous])..<Int(ends[previous])) {
      previous -= 1
    }
    return previous < 0 || endsSentence(previous, bytes, starts: starts, ends: ends, tags: tags)
  }
}
