/// A day that owns the occasion a clause told in the future happens at.
extension TimeTagger {
  /// How many words after a possessive weekday are read for the noun phrase it owns.
  static let ownedPhraseReach = 5

  /// Whether `match` is a day owning a noun (`Saturday's final`) after a preposition of occasion
  /// (`in`, `at`, `during`, `for`, `before`, `ahead of`), in a clause told in the future (`will
  /// face Carrow in Saturday's final`, `will rally ahead of Sunday's vote`): the occasion is the
  /// clause's own, still to come, so its day is the coming one. So is a weekday owning a thing
  /// that names no event (a match, a game, a session) as the object of a verb told ahead (`will
  /// miss Tuesday's match`, `said he would skip Sunday's race`, `was set to chair Monday's
  /// session`): the thing is held on that day, and the clause does to it what it does then. A
  /// possessive day is otherwise one past (`will appeal Friday's ruling`: a ruling is an event,
  /// one that has happened for the clause to answer it).
  func ownsComingOccasion(_ match: TimeMatch, in sentence: Range<Int>, scanner: TimeScanner) -> Bool {
    let before = match.start - 1
    guard before > sentence.lowerBound, scanner.isPossessive(at: match.end) else { return false }
    let atOccasion = scanner.isAnyWord(before, "in", "at", "during", "for", "before")
      || scanner.isWord(before, "of") && scanner.isWord(before - 1, "ahead")
    guard atOccasion || isThingAhead(match, scanner: scanner) else { return false }
    return SentenceTense.around(match.start..<match.end, in: sentence, scanner: scanner) == .future
  }

  /// Whether weekday `match` owns a thing and stands right after a bare verb that follows a modal
  /// or `to` (`will miss Tuesday's match`, `to attend Monday's summit dinner`): the head noun of
  /// the phrase after its `'s` names an occasion (`match`, `debate`, `vote`), not an event of the
  /// event lexicon that is no occasion (`ruling`, `attack`) nor what one left (`result`, `defeat`),
  /// whatever words modify it (`Monday's election debate` is held, `Sunday's election results` are
  /// past).
  private func isThingAhead(_ match: TimeMatch, scanner: TimeScanner) -> Bool {
    guard case .weekday = match.meaning, match.end - match.start == 1, match.start >= 2,
      scanner.isWordToken(match.start - 1), !scanner.isCapitalized(match.start - 1)
    else { return false }
    var modal = match.start - 2
    if modal > 0, SentenceTense.isMidAdverb(modal, scanner) { modal -= 1 }
    guard scanner.isAnyWord(modal, "will", "would", "ll", "shall", "to"), let head = ownedHead(after: match, scanner: scanner)
    else { return false }
    let token = scanner.tokens[head]
    if lexicon.namesOutcome(token, in: scanner.text) { return false }
    return !lexicon.namesEvent(token, in: scanner.text) || lexicon.namesOccasion(token, in: scanner.text)
  }

  /// The last word of the noun phrase a possessive weekday owns: the words after its `'s`, up to
  /// a mark, a word that opens another phrase or clause (`against`, `and`, `which`) or an adverb
  /// after the first word (`Monday's results carefully`), within `ownedPhraseReach` words.
  private func ownedHead(after match: TimeMatch, scanner: TimeScanner) -> Int? {
    let first = match.end + 2
    var index = first
    while index < scanner.limit, index - first < Self.ownedPhraseReach, scanner.isWordToken(index),
      !Self.endsOwnedPhrase(index, scanner: scanner), index == first || !SentenceTense.isMidAdverb(index, scanner)
    {
      index += 1
    }
    return index > first ? index - 1 : nil
  }

  /// Whether the word at `index` cannot stand in a noun phrase after its possessive: a
  /// preposition, a conjunction, a relative word, a determiner or a verb of being.
  private static func endsOwnedPhrase(_ index: Int, scanner: TimeScanner) -> Bool {
    scanner.isAnyWord(
      index, "against", "at", "in", "on", "with", "for", "of", "to", "from", "by", "over", "after", "before", "between",
      "and", "or", "but", "that", "which", "who", "where", "when", "as", "than", "if", "while", "until", "since", "into",
      "ahead", "is", "was", "the", "a", "an", "his", "her", "their", "its")
  }
}
