extension TaggedText {
  /// How far after a preposition its clause's verb may stand: `after the company's new owners
  /// said`.
  static let prepositionClauseReach = 9

  /// Whether the preposition that may be a subordinator at `index` opens a clause, not a noun
  /// phrase: a personal pronoun follows it (`since he assumed office`), or, after `after`,
  /// `before`, `since` and `until`, `it`, `they` or `we` and a verb (`after it ran aground`) or a
  /// noun phrase and a finite verb do (`after hackers stole`, `before the referee sent`, `after
  /// talks with managers collapsed`, `after the first trial against it ended`), not `after the
  /// 2019 election`; with `anyPreposition`, after
  /// any of them (`as ballots were added`, where nothing before it can take a noun phrase).
  func opensClauseAfterPreposition(_ index: Int, anyPreposition: Bool = false) -> Bool {
    guard has(index, .subordinator), has(index, .preposition) else { return false }
    if has(index + 1, .personPronoun) { return true }
    // `as` and `during` mostly lead a noun phrase into the clause they stand in: `my duty as a
    // director was`, `the case during the trial showed`.
    guard anyPreposition || isWord(index, "after") || isWord(index, "before") || isWord(index, "since")
      || isWord(index, "until")
    else {
      return false
    }
    // `it`, `they` and `we` are subjects when a verb follows: `four days after it ran aground`.
    if isWord(index + 1, "it") || isWord(index + 1, "they") || isWord(index + 1, "we") {
      return [.verb, .aux].contains(upos(index + 2))
    }
    guard [.det, .propn, .noun, .pron, .adj, .num].contains(upos(index + 1)) || isCompoundModifier(index + 1) else {
      return false
    }
    var word = index + 1
    let limit = min(tokens.count, index + 1 + Self.prepositionClauseReach)
    while word < limit {
      if word > index + 1, isFiniteVerb(word), timeOf[word] < 0, !isCompoundModifier(word) {
        return [.noun, .propn, .num].contains(upos(word - 1)) || isObjectPronoun(word - 1)
      }
      // The phrase may hold one of its own: `after talks with managers collapsed`, `as ballots
      // from the valleys were added`, `after the first trial against it ended`.
      if upos(word) == .adp, word > index + 1, [.noun, .propn].contains(upos(word - 1)), !isWord(word, "of") {
        word += upos(word + 1) == .det ? 2 : 1
        if word < limit, upos(word) == .pron, isObjectPronoun(word) { word += 1 }
        continue
      }
      guard timeOf[word] < 0 || isCountBeforeOf(word), isCompoundModifier(word) || isNounPhraseWord(word, in: (index + 1)..<word)
      else {
        return false
      }
      word += 1
    }
    return false
  }

  /// Whether token `index` is in a span of time counted before `of`, the head of a noun phrase
  /// (`three days of heavy rain`, `two years of talks`), not the time of a clause.
  private func isCountBeforeOf(_ index: Int) -> Bool {
    var after = index
    while after < tokens.count, timeOf[after] == timeOf[index] { after += 1 }
    return isWord(after, "of")
  }

  /// Whether token `index`, read as a verb, is the first part of a compound noun: a bare form
  /// between a noun phrase's opening (a determiner, an adjective, `of`, or the preposition that
  /// leads it), where no finite verb can stand for want of a subject, and a noun (`a round of pay
  /// talks`, `after price rises`).
  func isCompoundModifier(_ index: Int) -> Bool {
    guard index > 0, upos(index) == .verb, upos(index + 1) == .noun, !endsWith(index, "ed") else { return false }
    return [.det, .adj, .adp, .sconj].contains(upos(index - 1))
  }

  /// Whether token `index` may go on the noun phrase `phrase` (the words before it): one
  /// determiner, at its start, after a possessive or after `of` following a noun (`the merger of
  /// two railroads`), and no name right after a common noun (`its launch the store`, `the case
  /// Apple Corps` are two phrases).
  private func isNounPhraseWord(_ index: Int, in phrase: Range<Int>) -> Bool {
    let afterPossessive = index > phrase.lowerBound && (isWord(index - 1, "s") || isWord(index - 1, "of"))
    let opens = index == phrase.lowerBound || afterPossessive
    if isWord(index, "of") { return index > phrase.lowerBound && [.noun, .propn].contains(upos(index - 1)) }
    switch upos(index) {
    case .det: return opens
    case .pron: return opens && has(index, .determiner)
    case .propn: return index == phrase.lowerBound || upos(index - 1) != .noun
    case .adj, .noun, .num: return true
    case .part: return isWord(index, "s")
    // The tagger reads the hyphen of a score as a symbol: `after a 3-0 defeat left …`.
    case .punct, .sym: return has(index, [.closeSingle, .straightSingle, .hyphen])
    default: return false
    }
  }
}
