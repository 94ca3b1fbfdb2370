extension TaggedText {
  /// Whether the word at `index` is a participle of starting (`starting`, `beginning`,
  /// `commencing`), which tells when what the clause before it begins.
  func isStartingParticiple(_ index: Int) -> Bool {
    isWord(index, "starting") || isWord(index, "beginning") || isWord(index, "commencing")
  }

  /// Whether the word at `index` opens its sentence as a present participle (`Speaking in
  /// Brussels on Thursday, he said …`): it tells what the main clause's subject was doing then,
  /// the same happening at the same time. A past participle tells an earlier state (`Founded in
  /// 1976, the company …`).
  func opensWithPresentParticiple(_ index: Int) -> Bool {
    upos(index) == .verb && endsWith(index, "ing") && isSentenceInitial(index)
  }

  /// Whether the word at `index` opens its sentence as a past participle (`Born in Utrecht in
  /// 1933, she …`, `Founded in 1976, the club …`): what it tells happened to the main clause's
  /// subject. A word in `-s` is no participle: a plural noun read as a verb opens the subject
  /// (`Talks with the unions will begin next week, the company said`).
  func opensWithPastParticiple(_ index: Int) -> Bool {
    upos(index) == .verb && !endsWith(index, "ing") && !isThirdPersonForm(index) && isSentenceInitial(index)
  }

  /// The noun phrase a clause opens with when a verb follows it, past adverbs (`the club` in
  /// `the club now has 900 members`, `Ms Varga` in `Ms Varga promised reform`): the clause's
  /// subject. Nil when the clause opens otherwise or the phrase runs long.
  /// With `acrossPrepositions`, the phrase also runs across `in`, `at`, `of` and `from` between
  /// its nouns (`Opposition parties in Estmark`, `Teachers at Brook Hill School`).
  func subjectPhrase(at start: Int, before end: Int, acrossPrepositions: Bool = false) -> Range<Int>? {
    var index = start
    if upos(index) == .pron, !isPossessiveDeterminer(index) {
      index += 1
    } else {
      while index < end, index - start < Self.subjectPhraseLength,
        upos(index).isNounPhraseWord || isPossessiveDeterminer(index)
          || has(index, [.closeSingle, .straightSingle]) && index > start
          || acrossPrepositions && index > start && isPrepositionInsidePhrase(index)
      {
        index += 1
      }
    }
    guard index > start, index < end else { return nil }
    var verb = index
    while verb < end, upos(verb) == .adv { verb += 1 }
    guard verb < end, [.verb, .aux].contains(upos(verb)), [.noun, .propn, .pron].contains(upos(index - 1)) else {
      return nil
    }
    return start..<index
  }

  /// Whether the word at `index` is one of `phrasePrepositions` (`of`, `in`, `from`, `at`).
  func isPhrasePreposition(_ index: Int) -> Bool {
    Self.phrasePrepositions.contains { isWord(index, $0) }
  }

  /// Whether the word at `index` is a preposition that stands inside a noun phrase, after its
  /// head, between a noun or name and another noun phrase that is no time: `Schools | in |
  /// Cumbria`, `the Bank | of | England`, `Teachers | at | the school`.
  func isPrepositionInsidePhrase(_ index: Int) -> Bool {
    guard isLowercaseWord(index), isPhrasePreposition(index) else { return false }
    return [.noun, .propn].contains(upos(index - 1)) && [.noun, .propn, .det].contains(upos(index + 1)) && timeOf[index + 1] < 0
  }

  /// Prepositions that may stand inside a subject noun phrase, after its head.
  static let phrasePrepositions: [StaticString] = ["of", "in", "from", "at"]

  /// How many words a subject phrase found by `subjectPhrase(at:before:)` may have.
  static let subjectPhraseLength = 6

  /// Whether the word at `index` ends in a single `-s`, as a verb's third person does.
  private func isThirdPersonForm(_ index: Int) -> Bool {
    endsWith(index, "s") && !endsWith(index, "ss")
  }
}
