/// A person a sentence names by a common noun alone as its subject (`A teacher in Varesh lost
/// her home`), whom `he` or `she` in the sentences after stands for before anyone named earlier:
/// no name the sentence holds (a place after `in`) and no one named before it is meant.
extension PronounResolver {
  /// The subject phrase (from its determiner to the end of a phrase after a preposition) and its
  /// head noun of the person named by a common noun whom `he` or `she` at `pronoun` stands for:
  /// the subject of the nearest sentence before the pronoun's, within `reach` sentences and with
  /// no person named between, whose noun agrees with the pronoun; nil when a person is named in
  /// the pronoun's sentence before it or nearer, or none is found.
  func unnamedPerson(before pronoun: Int) -> (tokens: Range<Int>, head: Int)? {
    guard tagged.isWord(pronoun, "he") || tagged.isWord(pronoun, "she") else { return nil }
    let sentence = Int(tagged.sentenceOf[pronoun])
    let paragraph = tagged.sentences[sentence].paragraph
    let start = tagged.sentences[sentence].tokens.lowerBound
    guard !namesPerson(start..<pronoun) else { return nil }
    var index = sentence - 1
    while index >= max(0, sentence - Self.reach), tagged.sentences[index].paragraph >= paragraph - 2 {
      let tokens = tagged.sentences[index].tokens
      if let subject = unnamedSubject(of: tokens) {
        if agreesInSex(subject.head, pronoun) { return subject }
        return nil
      }
      if namesPerson(tokens) { return nil }
      index -= 1
    }
    return nil
  }

  /// Whether `tokens` name, outside quotations, a person or a name of unknown kind that may be one.
  private func namesPerson(_ tokens: Range<Int>) -> Bool {
    actors.mentions(in: tokens).contains { mention in
      isUsable(mention) && (isPersonLike(mention) || actors.actors[mention.actor].kind == .unknown
        && !isAfterPreposition(mention.tokens.lowerBound))
    }
  }

  /// Whether the name at `index` follows a preposition (`in Varesh`): a place or a body the
  /// phrase is about, not who acts.
  private func isAfterPreposition(_ index: Int) -> Bool {
    var previous = index - 1
    while previous >= 0, tagged.upos(previous) == .det { previous -= 1 }
    return previous >= 0 && tagged.upos(previous) == .adp && tagged.isLowercaseWord(previous)
  }

  /// The subject that opens `tokens` when it names one person by a common noun of what they do or
  /// are (``PersonWords``): an article or `one`, adjectives and nouns, the singular head, perhaps a
  /// phrase after a preposition (`in Varesh`, `at the school`), then the clause's verb.
  private func unnamedSubject(of tokens: Range<Int>) -> (tokens: Range<Int>, head: Int)? {
    let first = tokens.lowerBound
    guard ["a", "an", "the", "one", "another"].contains(where: { tagged.isWord(first, $0) }), !quotes.isQuoted(first)
    else { return nil }
    var head = first + 1
    while head + 1 < tokens.upperBound, tagged.isLowercaseWord(head + 1), [.noun, .adj].contains(tagged.upos(head)),
      tagged.upos(head + 1) == .noun
    {
      head += 1
    }
    guard head < tokens.upperBound, tagged.isLowercaseWord(head), tagged.upos(head) == .noun, !tagged.isPluralNoun(head),
      PersonWords.occupations.contains(Substring(tagged.lemma(head).lowercased()))
    else { return nil }
    var end = head + 1
    // `near` may be read as an adverb where it stands: its usual tag tells the preposition.
    if tagged.upos(end) == .adp || tagged.usualTag(end) == .adp, tagged.isLowercaseWord(end) {
      var next = end + 1
      while next < min(tokens.upperBound, end + 5), tagged.tokens[next].kind == .word,
        [.det, .adj, .noun, .propn, .num].contains(tagged.upos(next))
      {
        next += 1
      }
      guard next > end + 1 else { return nil }
      end = next
    }
    var verb = end
    while verb < tokens.upperBound, tagged.upos(verb) == .adv { verb += 1 }
    guard verb < tokens.upperBound, [.verb, .aux].contains(tagged.upos(verb)), tagged.isLowercaseWord(verb) else {
      return nil
    }
    return (first..<end, head)
  }

  /// Whether the noun at `head` names someone of the sex `pronoun` names, or of either.
  private func agreesInSex(_ head: Int, _ pronoun: Int) -> Bool {
    let word = tagged.lemma(head).lowercased()
    let sex: WordFlags? =
      Self.sexWords[word]
      ?? (word.hasSuffix("woman") || word.hasSuffix("ess") || ["girl", "mum", "nun"].contains(word)
        ? .femaleName : word.hasSuffix("man") || ["boy", "dad", "monk"].contains(word) ? .maleName : nil)
    return sex == nil || sex == pronounGender(pronoun)
  }
}
