extension TaggedText {
  /// Whether the word at `index`, which the tagger read as a verb, is a noun that heads a
  /// subject: a lowercase word its training data mostly tags as a noun, or an unseen plural,
  /// right before a verb in the past, where a clause starts: after a verb of speech or thought,
  /// a relative word, `that`, a comma or a conjunction after one (`said demand recovered`,
  /// `which regulators blocked`, `, and work only started`: adverbs may come between),
  /// not after a preposition (`according to answers posted on …`). A past form before a noun or
  /// an adjective is a participle inside the object (`requires updated software`), not a verb
  /// after a subject.
  func isNounReadAsVerb(_ index: Int) -> Bool {
    guard upos(index) == .verb, isLowercaseWord(index), !endsWith(index, "ed"), !endsWith(index, "ing") else {
      return false
    }
    let before = index - 1
    let joined = (isWord(before, "and") || isWord(before, "but")) && has(before - 1, .comma)
    guard isReportingVerb(before) || has(before, [.relative, .comma]) || isWord(before, "that") || joined else { return false }
    let usual = usualTag(index)
    guard usual == .noun || usual == nil && endsWith(index, "s") else { return false }
    var next = index + 1
    while upos(next) == .adv, isLowercaseWord(next) { next += 1 }
    guard isFiniteVerb(next), upos(next) == .verb, has(next, .pastVerb) || endsWith(next, "ed") else { return false }
    return ![.noun, .propn, .adj].contains(upos(next + 1))
  }

  /// Whether the word at `index`, which the tagger read as an adjective, is the last noun of a
  /// compound (`the wheat harvest, which began …`): an adjective does not follow a noun it
  /// describes, so one right after a lowercase noun where the phrase ends, before a comma or a
  /// relative word, is the phrase's head.
  func isNounReadAsAdjective(_ index: Int) -> Bool {
    upos(index) == .adj && isLowercaseWord(index) && upos(index - 1) == .noun && isLowercaseWord(index - 1)
      && (has(index + 1, .comma) || has(index + 1, .relative))
  }

  /// Whether the word at `index` opens its sentence capitalized and, though the tagger read it
  /// as a verb, its training data mostly tags it as a noun: the head of a subject when a finite
  /// verb follows the phrase it opens (`Talks with the lenders began`).
  func isOpeningNounReadAsVerb(_ index: Int) -> Bool {
    upos(index) == .verb && isCapitalizedWord(index) && isSentenceInitial(index) && usualTag(index) == .noun
  }

  /// Whether the word at `index`, read as a verb or an adjective, is a participle that
  /// describes the noun after it inside a noun phrase: after a determiner, a possessive or a
  /// verb that is no auxiliary, with
  /// adverbs between (`the country's most visited attractions`, `its newly built plant`, `the
  /// injured man`); neither a clause's verb nor an event told. Not after a subject (`police later
  /// arrested suspects`).
  func isParticipleModifier(_ index: Int) -> Bool {
    guard [.verb, .adj].contains(upos(index)), isLowercaseWord(index), hasParticipleEnding(index),
      [.noun, .adj].contains(upos(index + 1))
    else { return false }
    var previous = index - 1
    while previous >= 0, upos(previous) == .adv { previous -= 1 }
    guard previous >= 0 else { return false }
    let possessive = upos(previous) == .part && !isWord(previous, "to") && !isWord(previous, "not")
    // The lexicon's determiners hold the possessive ones the tagger reads as pronouns (`its`);
    // `that` is a relative word there (`a fight that pitted`).
    // After a verb that is no auxiliary it opens the verb's object (`makes frozen meals`, `sells
    // used cars`); after `has` or `had` it is a perfect (`has closed stores`), and before an
    // adjective it completes a verb of being (`became stranded due to a storm`).
    let opensObject = upos(previous) == .verb && !has(previous, .auxiliary) && upos(index + 1) == .noun
    return upos(previous) == .det || possessive || opensObject || has(previous, .determiner) && !has(previous, .relative)
  }

  /// Whether the word at `index` ends as most past participles do: `-ed`, `-en`, `-wn`
  /// (`published`, `taken`, `shown`).
  func hasParticipleEnding(_ index: Int) -> Bool {
    endsWith(index, "ed") || endsWith(index, "en") || endsWith(index, "wn")
  }
}
