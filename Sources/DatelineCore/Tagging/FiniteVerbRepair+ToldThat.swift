/// A clause told to a listener, read as a relative clause of the listener.
extension FiniteVerbRepair {
  /// Gives back its conjunction and its subject to a clause told to someone: `told reporters that
  /// work on the bridge began in May` reads, to a greedy tagger, as `reporters that work on the
  /// bridge` (a relative `that` and a verb `work`). A verb that names its listener (`tell`, `warn`,
  /// `remind`, `assure`) takes what it tells as a clause after that listener (and one adjunct:
  /// `after the vote`), so when a finite verb follows in the same clause (`began`, `had failed`,
  /// or an irregular past read as a noun: `costs rose`), `that` is the conjunction and the word
  /// after it, when the data saw it as a noun, is the head of the clause's subject. Without a later
  /// verb the relative reading stands (`told residents that live nearby to leave`). After a
  /// conjunction `that` no finite verb can come first, so the same holds there: `said that work
  /// on the pipes would begin`.
  func repairToldThat(
    _ words: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], tags: inout [UPOS],
    lemmas: inout [UInt16]
  ) {
    for index in words where tags[index] == .verb || tags[index] == .sconj {
      let that: Int
      if tags[index] == .sconj {
        guard loweredHash(index, bytes, starts, ends) == Self.thatHash else { continue }
        that = index
      } else {
        guard Self.listenerVerbForms.contains(loweredHash(index, bytes, starts, ends)),
          let found = thatAfterListener(index, words, bytes, starts: starts, ends: ends, tags: tags)
        else { continue }
        that = found
      }
      let head = that + 1
      guard head < words.upperBound else { continue }
      let range = Int(starts[head])..<Int(ends[head])
      let lowered = FeatureHash.bytes(bytes, range, lower: true)
      guard tags[head] == .verb, !endsInIng(bytes, range),
        ambiguity.value(TaggerModel.ambiguityKey(lowered)).map({ $0 & Self.nounBit != 0 }) == true,
        hasLaterVerb(after: head, words, bytes, starts: starts, ends: ends, tags: tags)
      else { continue }
      tags[that] = .sconj
      tags[head] = .noun
      lemmas[head] = lemmatizer.rule(bytes, range, lowered: lowered, tag: .noun)
    }
  }

  /// The `that` read as a pronoun or determiner right after the listener of `verb`: an object
  /// pronoun (`told them`) or a noun phrase of at most five words (`told the city council`).
  private func thatAfterListener(
    _ verb: Int, _ words: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32],
    tags: [UPOS]
  ) -> Int? {
    var index = verb + 1
    guard index < words.upperBound else { return nil }
    if tags[index] == .pron {
      index += 1
    } else {
      if tags[index] == .det { index += 1 }
      let head = index
      while index < words.upperBound, index < head + 5, [.adj, .noun, .propn, .num].contains(tags[index]) { index += 1 }
      guard index > head, [.noun, .propn].contains(tags[index - 1]) else { return nil }
    }
    // One adjunct may follow the listener: `told reporters after the vote that …`.
    if index < words.upperBound, tags[index] == .adp {
      index += 1
      if index < words.upperBound, tags[index] == .det { index += 1 }
      let head = index
      while index < words.upperBound, index < head + 5, [.adj, .noun, .propn, .num].contains(tags[index]) { index += 1 }
      guard index > head, [.noun, .propn].contains(tags[index - 1]) else { return nil }
    }
    guard index < words.upperBound, tags[index] == .pron || tags[index] == .det,
      loweredHash(index, bytes, starts, ends) == Self.thatHash
    else { return nil }
    return index
  }

  /// Whether a finite verb, or an irregular past read as a noun, follows `head` in its clause
  /// (before a punctuation mark or a conjunction).
  private func hasLaterVerb(
    after head: Int, _ words: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32],
    tags: [UPOS]
  ) -> Bool {
    for index in (head + 1)..<words.upperBound {
      if [.punct, .cconj, .sconj].contains(tags[index]) { return false }
      if isFinite(index, bytes, starts: starts, ends: ends, tags: tags) { return true }
      if tags[index] == .noun, [.noun, .propn].contains(tags[index - 1]),
        Self.irregularPasts.contains(loweredHash(index, bytes, starts, ends))
      {
        return true
      }
    }
    return false
  }

  /// The hash of word `index` lower-cased.
  private func loweredHash(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ starts: [Int32], _ ends: [Int32]) -> UInt64 {
    FeatureHash.bytes(bytes, Int(starts[index])..<Int(ends[index]), lower: true)
  }

  /// The hash of `that`.
  private static let thatHash = hash("that")

  /// The bit of `UPOS.noun` in an ambiguity class.
  private static let nounBit = UInt32(1) << UInt32(UPOS.noun.rawValue)

  /// The hashes of the forms of the verbs that name a listener before what they tell.
  private static let listenerVerbForms: Set<UInt64> = Set(
    [
      "tell", "tells", "told", "warn", "warns", "warned", "remind", "reminds", "reminded", "assure", "assures",
      "assured", "reassure", "reassures", "reassured", "inform", "informs", "informed", "notify", "notifies",
      "notified", "advise", "advises", "advised", "persuade", "persuaded", "convince", "convinced", "caution",
      "cautioned", "promise", "promises", "promised",
    ].map(hash))
}
