/// Gives a verb to a sentence, or a clause a subordinating conjunction sets apart in it, that the
/// tagger left without a finite one.
///
/// A greedy tagger trained on web text reads the verb of a terse news sentence as a noun when
/// the word is mostly a noun there (`Shares rose 4.5%`, `Unemployment rose to 5.1%`, `The company
/// plans to cut jobs`). Every sentence of running text has a finite verb, and so has each clause
/// a subordinating conjunction or a comparison set off by a comma sets apart (`Sales rose | while
/// costs fell`, `Sales rose 2%, | below what analysts expected`), so when one has none,
/// the first noun that follows a noun or pronoun, that the training data also saw as a verb, that
/// is inflected as one, and that does not itself go on a noun phrase is taken for the verb. A
/// word the training data saw less than twice was tagged from its ending alone (`employs` after
/// `the company` reads as a plural noun, after `now` as an adverb): when such a word is followed
/// by more of its sentence and its lemma as a verb is a word the data saw as a verb (`employ`),
/// it is taken for the verb too; so is a past spelled as its base, before its object (`The team
/// beat Northport 2-0`). The subject may end in an adverb (`the council now meets`) or be
/// a determiner and an adjective (`the cooperative`). Such a word right after a subject pronoun
/// is its verb in any sentence (`said it employs 4,000 people`): no noun follows `it` or `they`.
struct FiniteVerbRepair {
  let ambiguity: KeyTable
  let lemmatizer: Lemmatizer

  /// Repairs `tags` and `lemmas` of the words `starts[i]..<ends[i]` of `bytes`: names told again
  /// at the start of a sentence, then sentence by sentence.
  func repair(
    _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], tags: inout [UPOS], lemmas: inout [UInt16]
  ) {
    repairRepeatedNames(bytes, starts: starts, ends: ends, tags: &tags, lemmas: &lemmas)
    var first = 0
    for index in starts.indices where endsSentence(index, bytes, starts: starts, ends: ends, tags: tags) {
      repairSentence(first..<(index + 1), bytes, starts: starts, ends: ends, tags: &tags, lemmas: &lemmas)
      first = index + 1
    }
    if first < starts.count {
      repairSentence(first..<starts.count, bytes, starts: starts, ends: ends, tags: &tags, lemmas: &lemmas)
    }
  }

  private func repairSentence(
    _ words: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], tags: inout [UPOS],
    lemmas: inout [UInt16]
  ) {
    for index in words.dropFirst() where tags[index] == .noun || tags[index] == .adv {
      let range = Int(starts[index])..<Int(ends[index])
      guard index + 1 < words.upperBound, tags[index + 1] != .punct, tags[index - 1] == .pron,
        isSubjectPronoun(bytes, Int(starts[index - 1])..<Int(ends[index - 1]))
      else { continue }
      let lowered = FeatureHash.bytes(bytes, range, lower: true)
      guard ambiguity.value(TaggerModel.ambiguityKey(lowered)) == nil,
        let (rule, lemma) = inflectedVerb(bytes, range, lowered: lowered), seenAsVerb(lemma)
      else { continue }
      tags[index] = .verb
      lemmas[index] = rule
    }
    repairOpeningNames(words, bytes, starts: starts, ends: ends, tags: &tags, lemmas: &lemmas)
    repairToldThat(words, bytes, starts: starts, ends: ends, tags: &tags, lemmas: &lemmas)
    repairReportedPasts(words, bytes, starts: starts, ends: ends, tags: &tags, lemmas: &lemmas)
    repairAfterModals(words, bytes, starts: starts, ends: ends, tags: &tags, lemmas: &lemmas)
    repairSetOffPredicates(words, bytes, starts: starts, ends: ends, tags: &tags, lemmas: &lemmas)
    repairTakePlace(words, bytes, starts: starts, ends: ends, tags: &tags, lemmas: &lemmas)
    repairNounsAfterArticles(words, bytes, starts: starts, ends: ends, tags: &tags, lemmas: &lemmas)
    repairBeforeTrailingReport(words, bytes, starts: starts, ends: ends, tags: &tags, lemmas: &lemmas)
    repairReportedPresents(words, bytes, starts: starts, ends: ends, tags: &tags, lemmas: &lemmas)
    var clause = words.lowerBound
    for index in words where index > clause + 1
      && (tags[index] == .sconj || opensSetOffComparison(index, words, bytes, starts: starts, ends: ends, tags: tags))
    {
      repairClause(clause..<index, bytes, starts: starts, ends: ends, tags: &tags, lemmas: &lemmas)
      clause = index
    }
    repairClause(clause..<words.upperBound, bytes, starts: starts, ends: ends, tags: &tags, lemmas: &lemmas)
  }

  /// Gives a verb to the clause `words` when it has no finite one: a sentence, or the part of one
  /// before or from a subordinating conjunction inside it (`Sales rose | while costs fell`: the
  /// conjunction's clause has a verb, the main clause needs its own). What a report tells
  /// (`reported`) is a clause even when the data never saw its verb as one (`The talks resume
  /// on Thursday, officials said`: `resume` only as a noun).
  func repairClause(
    _ words: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], tags: inout [UPOS],
    lemmas: inout [UInt16], reported: Bool = false
  ) {
    guard !words.contains(where: { isFinite($0, bytes, starts: starts, ends: ends, tags: tags) }) else { return }
    for index in words.dropFirst() where tags[index] == .noun || tags[index] == .adv || tags[index] == .adj {
      let range = Int(starts[index])..<Int(ends[index])
      guard followsSubject(index, words, tags), !endsInIng(bytes, range) else { continue }
      let lowered = FeatureHash.bytes(bytes, range, lower: true)
      let seen = ambiguity.value(TaggerModel.ambiguityKey(lowered))
      // An irregular past the data never saw, read from its ending as an adjective after the
      // subject (`Kessel underwent surgery`), is the clause's verb, whatever follows it.
      if tags[index] == .adj {
        guard seen == nil, Self.irregularPasts.contains(lowered) else { continue }
        tags[index] = .verb
        lemmas[index] = 0
        return
      }
      // A past spelled as its base, which the data saw as a verb, before its object (`The team
      // beat Northport 2-0`): no inflection shows the verb, the object does.
      if tags[index] == .noun, index + 1 < words.upperBound, [.det, .propn, .num, .pron].contains(tags[index + 1]),
        seen.map({ $0 & Self.verbBit != 0 }) == true, Self.irregularPasts.contains(lowered),
        inflectedVerb(bytes, range, lowered: lowered) == nil
      {
        tags[index] = .verb
        lemmas[index] = 0
        return
      }
      // A noun in `-s` before `a` or `an` is the verb: no plural noun takes a singular article
      // after it inside its phrase (`The council tables a motion`).
      if tags[index] == .noun, index + 1 < words.upperBound, tags[index + 1] == .det,
        isIndefiniteArticle(bytes, Int(starts[index + 1])..<Int(ends[index + 1])), bytes[range.upperBound - 1] == 0x73,
        let (rule, _) = inflectedVerb(bytes, range, lowered: lowered)
      {
        tags[index] = .verb
        lemmas[index] = rule
        return
      }
      guard index + 1 == words.upperBound || ![.noun, .propn].contains(tags[index + 1]) else { continue }
      // An irregular past the training data never saw (`The ferry sank.`) has no ending to show
      // a verb by: the list of such forms does.
      if seen == nil, Self.irregularPasts.contains(lowered) {
        tags[index] = .verb
        lemmas[index] = 0
        return
      }
      let verbForm = tags[index] == .noun && seen.map { $0 & Self.verbBit != 0 } == true
      if tags[index] == .noun, verbForm || reported,
        isPresentAfterPlural(index, words, bytes, starts: starts, ends: ends, tags: tags, lemmas: lemmas)
      {
        tags[index] = .verb
        lemmas[index] = lemmatizer.rule(bytes, range, lowered: lowered, tag: .verb)
        return
      }
      guard verbForm || seen == nil && index + 1 < words.upperBound && tags[index + 1] != .punct else { continue }
      guard let (rule, lemma) = inflectedVerb(bytes, range, lowered: lowered), verbForm || seenAsVerb(lemma)
      else { continue }
      tags[index] = .verb
      lemmas[index] = rule
      return
    }
  }

  /// The lemma rule and lemma of the word in `range` as a verb, or nil when that lemma is the
  /// word itself: only an inflected form (`plans`, `rose`) shows a verb; a bare `stop` or `help`
  /// ending a fragment (`Thanks for all your help!`) is a noun.
  func inflectedVerb(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowered: UInt64
  ) -> (UInt16, String)? {
    let rule = lemmatizer.rule(bytes, range, lowered: lowered, tag: .verb)
    let lemma = lemmatizer.rules[Int(rule)].lemma(of: bytes, range)
    return lemma == String(decoding: bytes[range], as: UTF8.self).lowercased() ? nil : (rule, lemma)
  }

  /// Whether the noun at `index` reads as the present of a plural subject whose noun ends right
  /// before it (`The talks resume on Thursday`, `Lawyers meet the employers`): a plural noun, a
  /// word in its base form, then a preposition or an object. The caller has found no other verb
  /// in the clause, so the plural is its subject, not a modifier of the word after it.
  func isPresentAfterPlural(
    _ index: Int, _ words: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32],
    tags: [UPOS], lemmas: [UInt16]
  ) -> Bool {
    let subject = index - 1
    guard index + 1 < words.upperBound, tags[subject] == .noun, [.adp, .det, .pron, .num].contains(tags[index + 1])
    else { return false }
    let range = Int(starts[index])..<Int(ends[index])
    let word = String(decoding: bytes[range], as: UTF8.self).lowercased()
    let rule = lemmatizer.rule(bytes, range, lowered: FeatureHash.bytes(bytes, range, lower: true), tag: .verb)
    guard lemmatizer.rules[Int(rule)].lemma(of: bytes, range) == word else { return false }
    let noun = Int(starts[subject])..<Int(ends[subject])
    let lemma = lemmatizer.rules[Int(lemmas[subject])].lemma(of: bytes, noun)
    return noun.count > lemma.utf8.count && bytes[noun.upperBound - 1] | 0x20 == UInt8(ascii: "s")
  }

  /// Whether the word in `range` is `a` or `an`.
  private func isIndefiniteArticle(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard range.count <= 2 else { return false }
    let word = String(decoding: bytes[range], as: UTF8.self).lowercased()
    return word == "a" || word == "an"
  }

  /// Whether the word in `range` is a subject pronoun that no noun can follow (`he`, `she`, `it`,
  /// `we`, `they`).
  private func isSubjectPronoun(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard range.count <= 4 else { return false }
    return ["he", "she", "it", "we", "they"].contains(String(decoding: bytes[range], as: UTF8.self).lowercased())
  }

  /// Whether word `index` comes right after what can end a subject: a noun or pronoun, or a
  /// determiner and an adjective, with at most one adverb between.
  private func followsSubject(_ index: Int, _ words: Range<Int>, _ tags: [UPOS]) -> Bool {
    var last = index - 1
    if tags[last] == .adv, last > words.lowerBound { last -= 1 }
    if [.noun, .propn, .pron].contains(tags[last]) { return true }
    return tags[last] == .adj && last > words.lowerBound && tags[last - 1] == .det
  }

  /// Whether word `index` is a finite verb: an auxiliary, or a verb not after `to`, not in
  /// `-ing` and not a participle that describes a noun (`the listed company`, `Oslo-listed`).
  func isFinite(
    _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], tags: [UPOS]
  ) -> Bool {
    if tags[index] == .aux { return true }
    guard tags[index] == .verb else { return false }
    if index > 0, tags[index - 1] == .part || isTo(bytes, Int(starts[index - 1])..<Int(ends[index - 1])) {
      return false
    }
    return !endsInIng(bytes, Int(starts[index])..<Int(ends[index]))
      && !isAttributive(index, bytes, starts: starts, ends: ends, tags: tags)
  }

  /// Whether the verb at `index` stands before a noun as its adjective: after a determiner (and
  /// an adverb: `a newly listed firm`), or as the second half of a hyphenated compound glued to
  /// both its halves (`the Oslo-listed firm`, `state-run media`).
  private func isAttributive(
    _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], tags: [UPOS]
  ) -> Bool {
    guard index > 0, index + 1 < tags.count, [.noun, .propn].contains(tags[index + 1]) else { return false }
    let hyphen = index - 1
    if hyphen > 0, ends[hyphen] == starts[index], starts[hyphen] == ends[hyphen - 1],
      ends[hyphen] - starts[hyphen] == 1, bytes[Int(starts[hyphen])] == UInt8(ascii: "-")
    {
      return true
    }
    var before = index - 1
    if tags[before] == .adv, before > 0 { before -= 1 }
    return tags[before] == .det
  }

  /// Whether the word in `range` is `to` (which the tagger may read as a preposition before an
  /// infinitive).
  func isTo(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    range.count == 2 && bytes[range.lowerBound] | 0x20 == UInt8(ascii: "t")
      && bytes[range.lowerBound + 1] | 0x20 == UInt8(ascii: "o")
  }

  /// Whether the word in `range` is longer than four letters and ends in `-ing`.
  func endsInIng(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    let end = range.upperBound
    return range.count > 4 && bytes[end - 3] == UInt8(ascii: "i") && bytes[end - 2] == UInt8(ascii: "n")
      && bytes[end - 1] == UInt8(ascii: "g")
  }

  /// Whether word `index` ends a sentence: a full stop, question or exclamation mark, or the last
  /// word before a line break.
  func endsSentence(
    _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], ends: [Int32], tags: [UPOS]
  ) -> Bool {
    let end = Int(ends[index])
    if tags[index] == .punct, end - Int(starts[index]) == 1,
      [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[end - 1])
    {
      return true
    }
    let next = index + 1 < starts.count ? Int(starts[index + 1]) : bytes.count
    return bytes[end..<next].contains(UInt8(ascii: "\n"))
  }

  /// The bit of `UPOS.verb` in an ambiguity class.
  private static let verbBit = UInt32(1) << UInt32(UPOS.verb.rawValue)

  /// The hashes of the lower-cased past forms that do not end in `-ed` (`IrregularPasts`).
  static let irregularPasts: Set<UInt64> = Set(IrregularPasts.all.map { hash($0) })

  /// The hash of lower-cased `word`, as `FeatureHash.bytes` gives it for a word of the text.
  static func hash(_ word: String) -> UInt64 {
    Array(word.utf8).withUnsafeBufferPointer { FeatureHash.bytes($0, 0..<$0.count, lower: true) }
  }

  /// Whether the training data saw `word` as a verb.
  func seenAsVerb(_ word: String) -> Bool {
    let key = Self.hash(word)
    guard let entry = ambiguity.value(TaggerModel.ambiguityKey(key)) else { return false }
    return entry & Self.verbBit != 0
  }
}
