extension EventSummarizer {
  /// The summary of a relative clause whose relative word at `relative` is the object of a
  /// clause with a subject of its own, told as that clause with the noun it is about put where
  /// its object stands: `a 14% fall in sales, | which chief executive Ada Voss blamed on the
  /// weather` → `Chief executive Ada Voss blamed a 14% fall in sales on the weather`, `the
  /// homes, | which the council promised to rebuild by 2027` → `The council promised to rebuild
  /// the homes by 2027`. Nil when the words before the clause's verb are not a noun phrase, when
  /// its verb is passive (no object to stand for), or when no noun phrase it can be about
  /// stands before the relative word.
  func objectRelativeSummary(relative: Int, end: Int, previous: Segment?) -> String? {
    guard let verb = ((relative + 2)..<max(relative + 2, end)).first(where: { isVerbAfterSubject($0) }),
      isSubjectWords((relative + 1)..<verb), let gap = objectGap(after: verb, end: end),
      let noun = objectAntecedent(before: relative, previous: previous)
    else {
      return nil
    }
    let head = tagged.string(tokens: (relative + 1)..<gap) + " " + asObject(noun)
    guard gap < end else { return head }
    return head + " " + told(gap..<end, leading: head.utf8.count + 1)
  }

  /// Whether the word at `index` is the first verb of the clause after its subject: a finite
  /// verb, or an auxiliary, that no noun read as a verb stands for.
  private func isVerbAfterSubject(_ index: Int) -> Bool {
    tagged.isFiniteVerb(index) && !tagged.isNounReadAsVerb(index)
  }

  /// Whether `range` is a subject noun phrase, with adverbs before its verb: determiners,
  /// adjectives, nouns, names, numbers, pronouns, a possessive and `of` (`the head of the
  /// union`, `chief executive Ada Voss`, `he later`); not a clause of its own (`duty being`),
  /// nor a singular noun alone, which the relative word determines (`which person scrubbed`).
  private func isSubjectWords(_ range: Range<Int>) -> Bool {
    guard !range.isEmpty else { return false }
    var last = range.upperBound
    while last > range.lowerBound, tagged.upos(last - 1) == .adv { last -= 1 }
    if last == range.lowerBound + 1, tagged.upos(range.lowerBound) == .noun, !tagged.endsWith(range.lowerBound, "s") {
      return false
    }
    return last > range.lowerBound && (range.lowerBound..<last).allSatisfy { index in
      [.det, .adj, .noun, .propn, .num, .pron].contains(tagged.upos(index)) || tagged.isNounReadAsVerb(index)
        || tagged.isWord(index, "of") || tagged.upos(index) == .part && tagged.isWord(index, "s")
        || tagged.has(index, [.closeSingle, .straightSingle, .hyphen])
    }
  }

  /// Where the object of the verb group at `verb` would stand: past its auxiliaries, negation and
  /// adverbs, its verb and the infinitives it takes (`had not presented`, `promised to
  /// rebuild`), and past a particle or a preposition left without its noun (`turned down`,
  /// `worked for`), not one whose phrase opens with adverbs (`rejected | as too low`); before a passive infinitive or a verb of a clause it takes (`directed | to be
  /// removed`, `said | was stolen`). Nil for a passive verb group, which has no object.
  private func objectGap(after verb: Int, end: Int) -> Int? {
    var gap = verb
    while gap < end, [.aux, .adv, .part].contains(tagged.upos(gap)), tagged.timeOf[gap] < 0 { gap += 1 }
    guard gap < end, tagged.upos(gap) == .verb else { return nil }
    if let auxiliary = (verb..<gap).last(where: { tagged.upos($0) == .aux }), tagged.lemma(auxiliary) == "be" { return nil }
    gap += 1
    while tagged.isWord(gap, "to"), gap + 1 < end, tagged.upos(gap + 1) == .verb { gap += 2 }
    if gap < end, tagged.upos(gap) == .adp, !tagged.isWord(gap, "to") {
      let next = gap + 1
      // A time of its own may follow a particle (`turned down last week`), not one a
      // preposition takes (`presented in March`).
      let standsAlone = next >= end || [.adv, .adp].contains(tagged.upos(next)) && tagged.timeOf[next] < 0
        || tagged.timeOf[next] >= 0 && ![.propn, .num, .det].contains(tagged.upos(next))
      // Adverbs before the phrase a preposition takes leave it no particle: `rejected | as too low`.
      var phrase = next
      while phrase < end, tagged.upos(phrase) == .adv, tagged.timeOf[phrase] < 0 { phrase += 1 }
      let takesPhrase = phrase > next && phrase < end && tagged.timeOf[phrase] < 0
        && [.adj, .noun, .propn, .num, .det].contains(tagged.upos(phrase))
      if standsAlone, !takesPhrase { gap += 1 }
    }
    return gap
  }

  /// The text of `phrase` told after a verb: a word capitalized only for opening its sentence
  /// is lowercased (`The bridge, | which engineers inspected …` → `… inspected the bridge`).
  private func asObject(_ phrase: Range<Int>) -> String {
    let text = tagged.string(tokens: phrase)
    let first = phrase.lowerBound
    guard tagged.isCapitalizedWord(first), tagged.isSentenceInitial(first),
      [.det, .noun, .adj, .num, .pron].contains(tagged.upos(first)), ![nil, .propn].contains(tagged.usualTag(first)),
      !actors.mentions(in: first..<(first + 1)).contains(where: { $0.tokens.contains(first) }),
      let byte = text.utf8.first, byte >= 0x41 && byte <= 0x5A
    else { return text }
    return String(decoding: [byte + 0x20] + text.utf8.dropFirst(), as: UTF8.self)
  }

  /// The noun phrase a relative clause at `relative` takes as its object, with the phrases
  /// after `of` or `in` that complete it (`a 14% fall in sales`, `the closure of the plant`); a
  /// time after it is left out, as `antecedent` leaves it out, and so is the clause whose
  /// object it is (`The storm destroyed | 300 homes`). Nil for a person before `which` or
  /// `that` (`Yeats, which she joined`: the clause is about something named before) and for a
  /// lone word not mostly a noun, a verb the tagger read as one (`and discovers | that …`).
  private func objectAntecedent(before relative: Int, previous: Segment?) -> Range<Int>? {
    let lowest = previous?.tokens.lowerBound ?? max(0, relative - 8)
    // A time after a preposition tells when, whatever opens it: `a fall in orders over the
    // summer, which …` is about the fall.
    var last = tagged.has(relative - 1, .comma) ? relative - 2 : relative - 1
    var end = relative
    if last > lowest, tagged.timeOf[last] >= 0 {
      while last > lowest, tagged.timeOf[last - 1] >= 0 { last -= 1 }
      if last - 1 > lowest, tagged.has(last - 1, .preposition) { end = last - 1 }
    }
    guard var phrase = antecedentTokens(before: end, previous: previous) else { return nil }
    let namesPerson = actors.mentions(in: phrase).contains { mention in
      mention.tokens.upperBound == phrase.upperBound && actors.actors[mention.actor].kind == .person
    }
    if namesPerson, !tagged.isWord(relative, "whom") { return nil }
    // The last of two nouns joined by `and` or `or` is no antecedent alone: `regulators in
    // Norway and Sweden, which …`.
    let conjunction = phrase.lowerBound - 1
    if conjunction - 1 > lowest, tagged.isWord(conjunction, "and") || tagged.isWord(conjunction, "or"),
      [.noun, .propn].contains(tagged.upos(conjunction - 1)),
      let first = antecedentTokens(before: conjunction, previous: previous), first.upperBound == conjunction
    {
      phrase = first.lowerBound..<phrase.upperBound
    }
    for _ in 0..<Self.completingPhrases {
      let preposition = phrase.lowerBound - 1
      guard preposition - 1 >= lowest, tagged.isWord(preposition, "of") || tagged.isWord(preposition, "in"),
        [.noun, .propn, .num].contains(tagged.upos(preposition - 1)), tagged.timeOf[preposition - 1] < 0,
        let head = antecedentTokens(before: preposition, previous: previous), head.upperBound == preposition
      else { break }
      phrase = head.lowerBound..<phrase.upperBound
    }
    if let verb = phrase.dropLast().last(where: { tagged.isFiniteVerb($0) && tagged.upos($0) == .verb }),
      verb > phrase.lowerBound, [.noun, .propn, .pron].contains(tagged.upos(verb - 1))
    {
      phrase = (verb + 1)..<phrase.upperBound
    }
    if phrase.count == 1, ![.noun, .propn].contains(tagged.usualTag(phrase.lowerBound)),
      actors.mentions(in: phrase).isEmpty, tagged.upos(phrase.lowerBound) != .num
    {
      return nil
    }
    return phrase.isEmpty ? nil : phrase
  }

  /// How many prepositional phrases may complete the noun a relative clause is about.
  private static let completingPhrases = 2
}
