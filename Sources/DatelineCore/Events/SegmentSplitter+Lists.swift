/// Commas that separate the items of a list of noun phrases, which cut no clause.
extension SegmentSplitter {
  /// How many words an item of a list may take.
  private static let listItemWords = 5

  /// The parts of speech of a list item's words.
  private static let itemWords: Set<UPOS> = [.det, .adj, .noun, .propn, .num]

  /// Whether the comma at `index` separates the items of a list of noun phrases inside the
  /// clause that opened at `clause`: the noun before it, a noun phrase after it and then `and`
  /// or `or` (after a comma of its own or not) with another noun phrase. The list stands after the
  /// clause's finite verb (`who spent donations on holidays, a sports car and private school
  /// fees`) or in a subject that is a noun phrase so far (`Farmers in Almeria, Granada and Jaen
  /// will`). After an opening phrase or subordinate clause the comma ends it (`To promote the
  /// service, Apple and ABC agreed`, `After he left, the board and the staff met`); a clause that
  /// `that` opens is reported, not opening (`heard that Blake took cash, holidays and a car`).
  func isListComma(_ index: Int, clause: Int) -> Bool {
    guard tagged.has(index, .comma), index > clause else { return false }
    if separatesSubjectNames(index, clause: clause) { return true }
    guard [.noun, .propn].contains(tagged.upos(index - 1)) || endsWithNounReadAsAdjective(index - 1, from: clause) else {
      return false
    }
    let hasVerb = (clause..<index).contains { tagged.isFiniteVerb($0) && !tagged.isWord($0 - 1, "to") }
    let opens = !tagged.isWord(clause, "to") && (!tagged.has(clause, [.subordinator, .preposition]) || tagged.isWord(clause, "that"))
    guard opens && hasVerb || !hasVerb && isSubjectPhrase(clause..<index) else { return false }
    if closesSetOffRelative(index, clause: clause) { return false }
    if closesSerialList(index, clause: clause) { return true }
    var word = index + 1
    // An item may hold an `of` phrase: `the head of risk`.
    while word < min(tagged.tokens.count, index + 1 + Self.listItemWords), tagged.timeOf[word] < 0,
      Self.itemWords.contains(tagged.upos(word))
        || word > index + 1 && tagged.isWord(word, "of") && [.noun, .propn].contains(tagged.upos(word - 1))
        && [.det, .adj, .noun, .propn].contains(tagged.upos(word + 1))
    {
      word += 1
    }
    guard word > index + 1, [.noun, .propn].contains(tagged.upos(word - 1)) else { return false }
    // A serial comma may stand before the last item's `and`: `Almeria, Granada, and Jaen`.
    if tagged.has(word, .comma), tagged.isWord(word + 1, "and") || tagged.isWord(word + 1, "or") { word += 1 }
    guard tagged.isWord(word, "and") || tagged.isWord(word, "or"), word + 1 < tagged.tokens.count else { return false }
    if coordinatedAsideEnd(opening: word + 1, limit: tagged.tokens.count) != nil { return true }
    // A number opens an item when a noun follows it: `and two councillors`.
    let counts = tagged.upos(word + 1) != .num || word + 2 < tagged.tokens.count && tagged.upos(word + 2) == .noun
    return Self.itemWords.contains(tagged.upos(word + 1)) && counts || tagged.isWord(word + 1, "the")
  }

  /// Whether the word at `last`, read by the tagger as an adjective, is the head noun of a phrase
  /// that a determiner opens, with an adjective or noun before it (`The chief executive`): a
  /// phrase ends in no adjective before a list's comma.
  private func endsWithNounReadAsAdjective(_ last: Int, from clause: Int) -> Bool {
    guard last > clause, tagged.upos(last) == .adj, tagged.isLowercaseWord(last) else { return false }
    var word = last - 1
    guard [.adj, .noun].contains(tagged.upos(word)) else { return false }
    while word > clause, [.adj, .noun].contains(tagged.upos(word)) { word -= 1 }
    return tagged.upos(word) == .det
  }

  /// Whether the comma at `index` closes a relative clause set off after a noun (`, which` or
  /// `, who`) after one of the clause's prepositional phrases: what follows goes back to the
  /// clause it interrupts (`support for SyncKit, | which the firm licensed from Norvale, | faster
  /// charging and a new keyboard`), where a list in its own object goes on (`, which sells
  /// apples, pears and plums`).
  private func closesSetOffRelative(_ index: Int, clause: Int) -> Bool {
    guard clause > 0, tagged.isWord(clause, "which") || tagged.isWord(clause, "who"), tagged.has(clause - 1, .comma),
      let verb = (clause..<index).first(where: { tagged.isFiniteVerb($0) })
    else { return false }
    return ((verb + 1)..<index).contains { tagged.upos($0) == .adp && !tagged.isWord($0, "to") }
  }

  /// Whether the comma at `index`, right before `and` or `or`, is the serial comma of a list
  /// whose earlier items a comma already separates: `Almeria, Granada, | and Jaen`.
  private func closesSerialList(_ index: Int, clause: Int) -> Bool {
    guard tagged.isWord(index + 1, "and") || tagged.isWord(index + 1, "or"),
      index + 2 < tagged.tokens.count, Self.itemWords.contains(tagged.upos(index + 2))
    else {
      return false
    }
    var word = index - 1
    while word > clause, index - word <= Self.listItemWords, Self.itemWords.contains(tagged.upos(word)) { word -= 1 }
    return word > clause && word < index - 1 && tagged.has(word, .comma) && [.noun, .propn].contains(tagged.upos(word - 1))
  }

  /// Whether `phrase`, the start of a clause before its first comma, is a noun phrase that may be
  /// the subject the clause's verb follows: nouns with their determiners, adjectives and
  /// prepositional phrases (`Farmers in Almeria`, `Banks in London`), and a list's earlier commas, neither an opening
  /// preposition, subordinator or time (`In London, …`, `Last year, …`) nor an apposition's name.
  private func isSubjectPhrase(_ phrase: Range<Int>) -> Bool {
    guard !tagged.has(phrase.lowerBound, [.subordinator, .preposition]), tagged.upos(phrase.lowerBound) != .adp,
      phrase.contains(where: { tagged.upos($0) == .noun }) || endsWithNounReadAsAdjective(phrase.upperBound - 1, from: phrase.lowerBound),
      opensMainClause(phrase.lowerBound)
    else {
      return false
    }
    return phrase.allSatisfy {
      (Self.itemWords.contains(tagged.upos($0)) || tagged.upos($0) == .adp || tagged.has($0, .comma)) && tagged.timeOf[$0] < 0
    }
  }

  /// Whether a main clause opens at `start`: the sentence's first word, or the word after the
  /// comma of an opening adverbial with no verb (`In May, farmers in …`); not a piece after a dash
  /// or inside an aside (`the top offices—head of state, …—were held`).
  private func opensMainClause(_ start: Int) -> Bool {
    if tagged.isSentenceInitial(start) { return true }
    let first = tagged.sentences[Int(tagged.sentenceOf[start])].tokens.lowerBound
    guard tagged.has(start - 1, .comma), tagged.has(first, [.preposition, .adverb, .subordinator]) || tagged.timeOf[first] >= 0
    else {
      return false
    }
    return !(first..<start).contains { tagged.isFiniteVerb($0) || tagged.has($0, .comma) && $0 < start - 1 }
  }

  /// How many names a list of names before its verb may hold.
  private static let nameListItems = 6

  /// Whether the comma at `index` separates the names of a list that is the subject of the verb
  /// after it, opening at `clause` with a name (`Ian Vale, | Colin Marsh and Derek Shaw were
  /// jailed`), perhaps with its serial comma (`Ana Ruiz, Tom Pell, | and the mayor met`):
  /// `continuesSubjectNames`.
  private func separatesSubjectNames(_ index: Int, clause: Int) -> Bool {
    guard (clause..<index).allSatisfy({ (isNameWord($0) || tagged.has($0, .comma)) && tagged.timeOf[$0] < 0 }) else {
      return false
    }
    return continuesSubjectNames(after: index)
  }

  /// Whether names only follow the comma at `index` (a later item may be a noun phrase opened by
  /// a determiner or a count: `, Tom Pell and the mayor met`), joined by commas and a last `and`
  /// or `or`,
  /// and then a finite verb, perhaps past a comma that closes the list: the name before the comma
  /// is the list's first. A name with anything else after its comma is set off by it (`Ian Vale,
  /// the mayor, said`).
  private func continuesSubjectNames(after index: Int) -> Bool {
    let limit = min(tagged.tokens.count - 1, index + Self.nameListItems * (Self.listItemWords + 1))
    var word = index + 1
    // The serial comma before the last item: `Ana Ruiz, Tom Pell, | and the mayor`.
    var joined = tagged.isWord(word, "and") || tagged.isWord(word, "or")
    if joined { word += 1 }
    while word < limit {
      let item = word
      // A later item may be a noun phrase a determiner or a count opens: `Ana Ruiz, Tom Pell and
      // the mayor`, `Lena Ward and two other directors`.
      if word > index + 1, [.det, .num].contains(tagged.upos(word)) {
        word += 1
        while word < limit, [.adj, .noun, .propn].contains(tagged.upos(word)), tagged.timeOf[word] < 0 { word += 1 }
        guard [.noun, .propn].contains(tagged.upos(word - 1)) else { return false }
      }
      while word < limit, isNameWord(word), tagged.timeOf[word] < 0 { word += 1 }
      guard word > item, word - item <= Self.listItemWords else { return false }
      if joined { break }
      if tagged.has(word, .comma), tagged.isWord(word + 1, "and") || tagged.isWord(word + 1, "or") { word += 1 }
      if tagged.isWord(word, "and") || tagged.isWord(word, "or") {
        joined = true
      } else if !tagged.has(word, .comma) {
        return false
      }
      word += 1
    }
    guard joined, word < limit else { return false }
    return tagged.isFiniteVerb(word) || tagged.has(word, .comma) && tagged.isFiniteVerb(word + 1)
  }

  /// Whether the word at `index` is part of a person's or a thing's name: a proper noun, or a
  /// capitalized word the tagger read otherwise that is named (`isNamed`) or stands next to a
  /// word that is (`Lena Ward` in `Lena Ward, Owen Price and two other directors left`, which the
  /// tagger may take for an adjective and a noun at the start of a sentence).
  private func isNameWord(_ index: Int) -> Bool {
    if tagged.upos(index) == .propn { return true }
    guard tagged.isCapitalizedWord(index), tagged.upos(index) != .det else { return false }
    return isNamed(index) || index > 0 && isNamed(index - 1) || index + 1 < tagged.tokens.count && isNamed(index + 1)
  }

  /// Whether the word at `index` is a capitalized proper noun, given name, or word of a name the
  /// actor stage found (not a role noun).
  private func isNamed(_ index: Int) -> Bool {
    guard tagged.isCapitalizedWord(index) else { return false }
    if tagged.upos(index) == .propn || tagged.has(index, [.givenName, .femaleName, .maleName]) { return true }
    let last = actors.firstMention(atOrAfter: index + 1) - 1
    return last >= 0 && actors.mentions[last].tokens.contains(index) && !actors.mentions[last].isRole
  }
}
