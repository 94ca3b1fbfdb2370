/// Names read from their ending at the start of a sentence.
extension FiniteVerbRepair {
  /// Gives back their name to capitalized words that open a sentence (after an opening quotation
  /// mark too) and that the tagger read as a verb or an adjective from their ending alone
  /// (`Mohamed brought a clock`, `Javed Iqbal won`, `Khaled Saeed was arrested`): a word the
  /// training data saw less than twice, whose lemma as a verb is no verb the data saw, before a
  /// name or a verb. Capitalization tells nothing at the start of a sentence, so the ending
  /// decided; a verb known to the data keeps its tag (`Added to the list were`), and so does a word
  /// before a noun it may describe (`Unvaccinated people were`).
  func repairOpeningNames(
    _ words: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], tags: inout [UPOS],
    lemmas: inout [UInt16]
  ) {
    var first = words.lowerBound
    if tags[first] == .punct, isQuotationMark(bytes, Int(starts[first])..<Int(ends[first])) { first += 1 }
    guard first + 1 < words.upperBound, tags[first] == .verb || tags[first] == .adj,
      [.propn, .verb, .aux].contains(tags[first + 1])
    else { return }
    let range = Int(starts[first])..<Int(ends[first])
    guard bytes[range.lowerBound] &- UInt8(ascii: "A") < 26 else { return }
    let lowered = FeatureHash.bytes(bytes, range, lower: true)
    guard ambiguity.value(TaggerModel.ambiguityKey(lowered)) == nil,
      inflectedVerb(bytes, range, lowered: lowered).map({ !seenAsVerb($0.1) }) ?? true
    else { return }
    tags[first] = .propn
    lemmas[first] = lemmatizer.rule(bytes, range, lowered: lowered, tag: .propn)
  }

  /// Whether the word in `range` is a quotation mark: `"`, `'` or a curly one.
  func isQuotationMark(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    let text = bytes[range]
    return text.elementsEqual("\"".utf8) || text.elementsEqual("'".utf8) || text.elementsEqual("\u{201C}".utf8)
      || text.elementsEqual("\u{2018}".utf8)
  }
}
