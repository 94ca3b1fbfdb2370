/// Verbs read as nouns or adverbs right after a comma that ends a predicate or an aside.
extension FiniteVerbRepair {
  /// Gives back their verb to words inflected in the present's `-s` that the tagger read as a
  /// noun or an adverb right after a comma, before their object (a determiner, number, noun,
  /// adjective or `to`): a later predicate of the sentence's subject. A word the training data
  /// never saw (tagged from its ending alone) is one after a comma that follows a finite verb
  /// (`Quantel is based in Austin, Texas, employs 41,000 people`); a word it saw as a noun and a
  /// verb is one after a relative clause or a name set off after the subject, when nothing before
  /// that aside is a finite verb (`Solvane, which is based in Basel, plans to apply`; `Its maker,
  /// Corvex Pharma, plans to apply`): in a list of objects it stays a noun (`announced job cuts,
  /// plans to close plants`).
  func repairSetOffPredicates(
    _ words: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], tags: inout [UPOS],
    lemmas: inout [UInt16]
  ) {
    for index in words.dropFirst() where (tags[index] == .noun || tags[index] == .adv) && index + 1 < words.upperBound {
      let range = Int(starts[index])..<Int(ends[index])
      guard isComma(bytes, index - 1, starts: starts, ends: ends), bytes[range.lowerBound] >= UInt8(ascii: "a"),
        bytes[range.lowerBound] <= UInt8(ascii: "z"), takesObject(index + 1, bytes, starts: starts, ends: ends, tags: tags)
      else { continue }
      let lowered = FeatureHash.bytes(bytes, range, lower: true)
      guard bytes[range.upperBound - 1] == UInt8(ascii: "s") else {
        if isPluralPresent(index, lowered: lowered, in: words, bytes, starts: starts, ends: ends, tags: tags) {
          tags[index] = .verb
          lemmas[index] = lemmatizer.rule(bytes, range, lowered: lowered, tag: .verb)
        }
        continue
      }
      guard let (rule, lemma) = inflectedVerb(bytes, range, lowered: lowered), seenAsVerb(lemma) else { continue }
      let before = words.lowerBound..<(index - 1)
      if let seen = ambiguity.value(TaggerModel.ambiguityKey(lowered)) {
        guard seen & (UInt32(1) << UInt32(UPOS.verb.rawValue)) != 0,
          let opening = relativeAside(closingAt: index - 1, in: before, bytes, starts: starts, ends: ends)
            ?? nameAside(closingAt: index - 1, in: before, bytes, starts: starts, ends: ends, tags: tags),
          !(words.lowerBound..<opening).contains(where: { isFinite($0, bytes, starts: starts, ends: ends, tags: tags) })
        else { continue }
      } else {
        guard before.contains(where: { isFinite($0, bytes, starts: starts, ends: ends, tags: tags) }) else { continue }
      }
      tags[index] = .verb
      lemmas[index] = rule
    }
  }

  /// Whether word `index`, which the training data saw as a verb, is the present of a plural
  /// subject after a relative clause set off after it, when nothing before that clause is a
  /// finite verb: its base form (`Rovers, who sit fourth, travel to Marston`; `Officials, who
  /// asked not to be named, fear a delay`).
  private func isPluralPresent(
    _ index: Int, lowered: UInt64, in words: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32],
    ends: [Int32], tags: [UPOS]
  ) -> Bool {
    guard let seen = ambiguity.value(TaggerModel.ambiguityKey(lowered)), seen & (UInt32(1) << UInt32(UPOS.verb.rawValue)) != 0,
      let opening = relativeAside(closingAt: index - 1, in: words.lowerBound..<(index - 1), bytes, starts: starts, ends: ends),
      opening > words.lowerBound, [.noun, .propn].contains(tags[opening - 1]),
      bytes[Int(ends[opening - 1]) - 1] == UInt8(ascii: "s")
    else { return false }
    return !(words.lowerBound..<opening).contains { isFinite($0, bytes, starts: starts, ends: ends, tags: tags) }
  }

  /// Whether word `index` can open a verb's object: a determiner, number, noun, name, adjective
  /// or `to`.
  private func takesObject(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], tags: [UPOS]) -> Bool {
    [.det, .num, .noun, .propn, .adj].contains(tags[index]) || isTo(bytes, Int(starts[index])..<Int(ends[index]))
  }

  /// The comma that opens the relative clause (`, which`, `, who`) the comma at `closing` ends,
  /// the last such in `words` before it.
  private func relativeAside(
    closingAt closing: Int, in words: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32]
  ) -> Int? {
    words.last { opening in
      guard opening + 1 < closing, isComma(bytes, opening, starts: starts, ends: ends) else { return false }
      return Self.relativeWords.contains(FeatureHash.bytes(bytes, Int(starts[opening + 1])..<Int(ends[opening + 1]), lower: true))
    }
  }

  /// How many words a name set off after a subject may have (`, Dr Amal Rashed,`).
  static let nameAsideLength = 5

  /// The comma that opens the name or age set off by commas (`, Corvex Pharma,`, `, 61,`) that
  /// the comma at `closing` ends, after a noun: capitalized names, honorifics and numbers only.
  private func nameAside(
    closingAt closing: Int, in words: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32],
    tags: [UPOS]
  ) -> Int? {
    var opening = closing - 1
    while opening > words.lowerBound, closing - opening <= Self.nameAsideLength + 1, [.propn, .num].contains(tags[opening]) {
      opening -= 1
    }
    guard opening > words.lowerBound, opening + 1 < closing, isComma(bytes, opening, starts: starts, ends: ends),
      [.noun, .propn].contains(tags[opening - 1])
    else { return nil }
    return opening
  }

  /// The hashes of the words that open a relative clause set off after a subject.
  private static let relativeWords: Set<UInt64> = Set(["which", "who"].map(hash))

  /// Whether word `index` is a comma.
  func isComma(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, starts: [Int32], ends: [Int32]) -> Bool {
    ends[index] - starts[index] == 1 && bytes[Int(starts[index])] == UInt8(ascii: ",")
  }
}
