/// Reads the words right after a speech verb for a clause it reports without `that`: a subject (a
/// pronoun, or a noun phrase of determiners, adjectives, numbers, nouns, names, `of` and `and`, perhaps
/// after an owner's determiner: `said its members would`) and then its finite verb (`said the company
/// would cut jobs`, `says it will`), past the person told and the time it was said.
struct SpeechClause {
  let tagged: TaggedText
  let actors: DocumentActors

  /// Whether a clause opens at `start`, before `end`.
  func opens(at start: Int, before end: Int) -> Bool {
    guard start < end else { return false }
    if tagged.isSubjectPronoun(start) { return start + 1 < end && tagged.isFiniteVerb(start + 1) }
    let phrase = tagged.isPossessiveDeterminer(start) ? start + 1 : start
    var index = phrase
    while index < end,
      isNounPhraseToken(index) || index > phrase && (isOf(index) || isOwnerAfterOf(index) || isJoiner(index))
    {
      index += 1
    }
    return index > phrase && index < end && tagged.isFiniteVerb(index)
  }

  /// Where the person told ends (`told him`, `told reporters`, `told the jury`, `told the Tarnby
  /// Echo`), when the words at `start` are one; nil otherwise.
  func objectEnd(from start: Int) -> Int? {
    guard start < tagged.tokens.count else { return nil }
    let objects: [StaticString] = ["him", "her", "them", "us", "me", "you"]
    if objects.contains(where: { tagged.isWord(start, $0) }) { return start + 1 }
    var name = tagged.isWord(start, "the") ? start + 1 : start
    // `told local radio`, `told state television`.
    while tagged.isLowercaseWord(name), tagged.upos(name) == .adj, tagged.upos(name + 1) == .noun { name += 1 }
    if let mention = actors.mentions(in: name..<(name + 1)).first { return mention.tokens.upperBound }
    return tagged.upos(name) == .noun && tagged.isLowercaseWord(name) ? name + 1 : nil
  }

  /// Where the time told after a speech verb ends, from `start` (`said on Monday they would`):
  /// `start` itself when no time opens there.
  func timeEnd(from start: Int) -> Int {
    var index = tagged.upos(start) == .adp && tagged.isLowercaseWord(start) && isTime(start + 1) ? start + 1 : start
    guard isTime(index) else { return start }
    while isTime(index) { index += 1 }
    return index
  }

  /// An `of` between two noun phrases of the subject: `said the price of oil would rise`,
  /// `said thousands of people had fled`, `said hundreds of its customers were`.
  private func isOf(_ index: Int) -> Bool {
    tagged.isWord(index, "of") && tagged.isLowercaseWord(index) && index + 1 < tagged.tokens.count
      && (isNounPhraseToken(index + 1) || isOwnerAfterOf(index + 1))
  }

  /// An `and` or `or` between two noun phrases of the subject: `said food and blankets were
  /// running short`, `said the mayor or her deputy would`.
  private func isJoiner(_ index: Int) -> Bool {
    (tagged.isWord(index, "and") || tagged.isWord(index, "or")) && tagged.isLowercaseWord(index)
      && index >= 1 && index + 1 < tagged.tokens.count && isNounPhraseToken(index - 1)
      && (isNounPhraseToken(index + 1) || tagged.isPossessiveDeterminer(index + 1))
  }

  /// An owner's determiner after `of` or a joining `and` or `or`: `said hundreds of its customers
  /// were`, `said the mayor or her deputy would`.
  private func isOwnerAfterOf(_ index: Int) -> Bool {
    tagged.isPossessiveDeterminer(index) && (tagged.isWord(index - 1, "of") || isJoiner(index - 1))
      && index + 1 < tagged.tokens.count
      && isNounPhraseToken(index + 1)
  }

  private func isTime(_ index: Int) -> Bool { index < tagged.tokens.count && tagged.timeOf[index] >= 0 }

  /// A word of a noun phrase, a percent sign glued to a number, or the `’s` of a possessive glued
  /// to one; not a time (`said Monday
  /// the plant would close` reports from `the plant`, which this reading does not place).
  private func isNounPhraseToken(_ index: Int) -> Bool {
    guard tagged.timeOf[index] < 0 else { return false }
    let token = tagged.tokens[index]
    if token.kind == .number { return true }
    // `78%`: a percent sign glued to its number.
    if tagged.isPercentSign(index) { return true }
    if tagged.has(index, [.closeSingle, .straightSingle]) { return tagged.isGlued(index) && tagged.isGlued(index + 1) }
    guard token.kind == .word else { return false }
    if index > 0, tagged.has(index - 1, [.closeSingle, .straightSingle]), tagged.isGlued(index) { return true }
    return [.det, .adj, .num, .noun, .propn].contains(tagged.upos(index))
  }
}
