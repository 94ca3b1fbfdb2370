/// A person a sentence names by a common noun alone as its subject (`A teacher in Varesh lost
/// her home`) or, naming no one, as the object of its verb (`Police arrested a 34-year-old man`),
/// whom `he` or `she` in the sentences after stands for before anyone named earlier: no name the
/// sentence holds (a place after `in`) and no one named before it is meant.
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
      if let object = unnamedObject(of: tokens) {
        if agreesInSex(object.head, pronoun) { return object }
        return nil
      }
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

  /// How many words may stand between `a` and the noun of a person it opens: `a 34-year-old man`.
  private static let objectReach = 7

  /// The person a sentence that names no one names by a common noun after `a` right after a verb
  /// in `-ed` (`Police arrested a 34-year-old man on Wednesday`), with only numbers, hyphens,
  /// adjectives and nouns between: the `he` after it stands for that person, not for someone
  /// named earlier. Not in a sentence of what may be (a modal, `if`), nor one of a choice (`a
  /// relative or friend`).
  private func unnamedObject(of tokens: Range<Int>) -> (tokens: Range<Int>, head: Int)? {
    // What might be or is wished for names no one who is there: `If he had named a relative`.
    guard !tokens.contains(where: { tagged.has($0, .modal) || tagged.isWord($0, "if") }) else { return nil }
    for verb in tokens where tagged.upos(verb) == .verb && tagged.isLowercaseWord(verb) && !quotes.isQuoted(verb) {
      let article = verb + 1
      guard tagged.isWord(article, "a") || tagged.isWord(article, "an"), tagged.endsWith(verb, "ed") else { continue }
      var head = article + 1
      while head < min(tokens.upperBound, article + Self.objectReach), !isSingularPersonWord(head),
        tagged.tokens[head].kind == .number || tagged.has(head, .hyphen)
          || tagged.isLowercaseWord(head) && [.adj, .noun, .num].contains(tagged.upos(head))
      {
        head += 1
      }
      if head < tokens.upperBound, isSingularPersonWord(head), !tagged.isWord(head + 1, "or") { return (article..<(head + 1), head) }
    }
    return nil
  }

  /// Whether the word at `index` is a singular common noun for a person (``PersonWords``).
  private func isSingularPersonWord(_ index: Int) -> Bool {
    tagged.isLowercaseWord(index) && tagged.upos(index) == .noun && !tagged.isPluralNoun(index)
      && PersonWords.occupations.contains(Substring(tagged.lemma(index).lowercased()))
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
