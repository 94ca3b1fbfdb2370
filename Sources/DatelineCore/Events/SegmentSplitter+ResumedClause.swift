/// The main clause that goes on after a relative clause inside its subject, set off by no
/// comma: `A manager who stole £2m from customers | has been jailed`.
extension SegmentSplitter {
  /// Whether the main clause's verb comes back at `index` after a relative clause set off by no
  /// comma that opened at `relative` (`A manager who stole £2m from customers | has been
  /// jailed`): the relative clause is inside the sentence's subject, its relative word is the
  /// subject of the verb right after it, and a finite verb follows a noun phrase. A speech or cognition verb in it reports a clause instead (`who said
  /// the firm was sold`), as a pronoun opens one (`who knew they were`).
  func resumesMainClause(at index: Int, relative: Int, sentence: Int) -> Bool {
    let tag = tagged.upos(index)
    guard tag == .verb || tag == .aux, tagged.has(relative, .relative), tagged.isFiniteVerb(index), relative > 0,
      ["who", "which", "that", "whose"].contains(where: { tagged.isWord(relative, $0) }),
      // The tagger reads some nouns before `who` as adjectives (`chief executive who`).
      [.noun, .propn, .pron, .adj].contains(tagged.upos(relative - 1))
    else {
      return false
    }
    // Only a relative clause inside the subject, before the main clause has a verb, or inside
    // the subject of what a report says (`said 11 stores that were losing money | would close`);
    // one inside another relative clause of the subject is inside the subject too (`A bill that
    // would let regulators fine firms that pollute rivers | cleared the House`).
    let opening = (sentence..<relative).last { tagged.upos($0) == .verb || tagged.upos($0) == .aux }
    if let opening, !tagged.isReportingVerb(opening) || !((opening + 1)..<relative).allSatisfy(isReportedSubjectWord),
      !isInsideSubjectRelative(opening, sentence: sentence)
    {
      return false
    }
    var verb = relative + 1
    // `whose` comes with the noun it owns, the subject of the verb after them: `A man whose name
    // was not released | was arrested`.
    if tagged.isWord(relative, "whose") {
      while verb < index, tagged.upos(verb).isNounPhraseWord { verb += 1 }
      guard verb > relative + 1 else { return false }
    }
    while verb < index, tagged.upos(verb) == .adv { verb += 1 }
    guard verb < index, tagged.isFiniteVerb(verb) else { return false }
    // The relative clause ends on a noun phrase, on the participle of its verb group right
    // before the main clause's verb, or on its one verb: `whose name was not released | was
    // arrested`, `whose car was stolen | called police`, `who voted | backed the strike`.
    let closesGroup = tagged.upos(verb) == .aux && index - 1 > verb && tagged.upos(index - 1) == .verb
      && ((verb + 1)..<(index - 1)).allSatisfy { [.adv, .part, .aux].contains(tagged.upos($0)) }
      || verb == index - 1 && tagged.upos(verb) == .verb
    guard [.noun, .propn, .num].contains(tagged.upos(index - 1)) || tagged.isObjectPronoun(index - 1) || closesGroup
    else { return false }
    // Past a phrase opened by a preposition (`who died after falling from a balcony | was
    // killed`), a verb in `-ed` may be a participle of that phrase's noun: `through the eyes of a
    // character trapped in a loop`.
    let crossesPhrase = ((verb + 1)..<index).contains { tagged.has($0, .subordinator) && tagged.has($0, .preposition) }
    if crossesPhrase, tagged.upos(index) == .verb, tagged.endsWith(index, "ed") { return false }
    return !(verb..<index).contains { word in
      tagged.has(word, [.speechVerb, .cognitionVerb]) && tagged.upos(word) == .verb
        || word > verb && tagged.has(word, .relative)
        || word > verb && tagged.has(word, .subordinator)
          && (!tagged.has(word, .preposition) || tagged.opensClauseAfterPreposition(word))
        || word > verb && tagged.has(word, .conjunction) && !joinsNouns(word)
        || tagged.upos(word) == .pron && !tagged.has(word, .determiner) && !tagged.isObjectPronoun(word)
    }
  }

  /// Whether the word at `index` is a common noun that opens its sentence, capitalized only for
  /// that, before `who` or `whose` (`Residents who lost their homes | said`): the relative word
  /// opens a clause, as one after a lowercase noun does. Not `that` or `which` after a bare noun,
  /// which the tagger may read as the subject of a clause of its own (`Products which embed it`).
  func opensSentenceAsNoun(_ index: Int) -> Bool {
    guard index >= 0, tagged.upos(index) == .noun, tagged.tokens[index].kind == .word,
      tagged.isWord(index + 1, "who") || tagged.isWord(index + 1, "whose")
    else { return false }
    return index == 0 || tagged.sentenceOf[index - 1] != tagged.sentenceOf[index]
  }

  /// Whether the verb at `verb` is inside a relative clause that the sentence's subject opens
  /// with (`A bill that would let …`): a relative word after a noun phrase at the sentence's
  /// start, and no verb between.
  private func isInsideSubjectRelative(_ verb: Int, sentence: Int) -> Bool {
    guard let relative = (sentence..<verb).first(where: { tagged.has($0, .relative) }), relative > sentence,
      ["who", "which", "that"].contains(where: { tagged.isWord(relative, $0) }),
      [.noun, .propn].contains(tagged.upos(relative - 1))
    else { return false }
    return tagged.isBareNounPhrase(sentence..<relative)
      && !(sentence..<relative).contains { tagged.upos($0) == .verb || tagged.upos($0) == .aux }
  }

  /// Whether the word at `index` may stand between a report's verb and a relative clause in the
  /// subject of what it says: `that` or a word of a noun phrase, with the `of` after a share of
  /// it (`said that the 11 stores`, `said 78% of members`, `said half of the drivers`, `said
  /// two-thirds of the staff`; not `tells the story of two officers`, whose relative clause is
  /// not the report's subject). The hyphen of a share written as a compound is one of its words.
  private func isReportedSubjectWord(_ index: Int) -> Bool {
    if tagged.isWord(index, "of") {
      return tagged.isShare(index - 1)
    }
    return tagged.isWord(index, "that") || tagged.has(index, .hyphen) && tagged.isGlued(index)
      || [.det, .adj, .noun, .propn, .num, .sym].contains(tagged.upos(index)) && tagged.timeOf[index] < 0
  }

  /// Whether the conjunction at `index` joins two noun phrases (`a sports car and private school
  /// fees`), not two clauses.
  private func joinsNouns(_ index: Int) -> Bool {
    [.noun, .propn].contains(tagged.upos(index - 1)) && [.det, .adj, .noun, .propn].contains(tagged.upos(index + 1))
  }
}
