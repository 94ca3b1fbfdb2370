extension ClauseTimes {
  /// Whether the expression starting at `index` stands in a participle phrase (a verb after a
  /// noun, neither in `-ing` nor in `-s`, or a past form read as a noun: `broke the record set in
  /// 2015`) after the object of a verb of the clause (`sold the
  /// plant built in 1998 on Friday`, `repaid the loan taken out in 2019`, `blamed an update
  /// released in October`): it tells when the thing the object names came about, not when the
  /// clause happened. Not after a verb of speech or thought, whose object may be a clause with a
  /// past verb of its own (`said the plant closed in 1998`).
  func isInObjectParticiple(startingAt index: Int, in range: Range<Int>) -> Bool {
    // The participle comes right before the time, its preposition or a particle (`taken out last
    // year`, `set in 2015`), no other phrase between.
    var participle = index - 1
    if participle > range.lowerBound, tagged.upos(participle) == .adp { participle -= 1 }
    if participle > range.lowerBound, tagged.upos(participle) == .adp || tagged.upos(participle) == .adv,
      tagged.isLowercaseWord(participle)
    {
      participle -= 1
    }
    guard participle > range.lowerBound + 1, isParticiple(participle),
      !tagged.endsWith(participle, "ing"), !tagged.endsWith(participle, "s"),
      tagged.upos(participle - 1) == .noun
    else { return false }
    var opening = participle - 1
    while opening > range.lowerBound, tagged.upos(opening).isNounPhraseWord || tagged.has(opening, .hyphen) {
      opening -= 1
    }
    guard tagged.upos(opening) == .verb, tagged.isLowercaseWord(opening), !tagged.has(opening, [.speechVerb, .cognitionVerb])
    else { return false }
    // A verb inside a noun phrase is a modifier read as a verb, and what follows it is the
    // subject with its own verb: glued by a hyphen (`A state-owned service began`), or after a
    // determiner, adjective or preposition, with an adverb between or not (`a round of pay talks
    // collapsed`, `The long delayed bridge opened`).
    var before = opening - 1
    if tagged.upos(before) == .adv { before -= 1 }
    return !tagged.has(opening - 1, .hyphen) && ![.det, .adj, .adp].contains(tagged.upos(before))
  }
}
