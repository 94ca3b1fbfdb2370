/// How an object `it` or `them` is told alone: with the noun phrase it stands for.
extension EventSummarizer {
  /// `summary` with the one object `it` or `them` of `clause` replaced by the noun phrase it
  /// stands for (`objectAntecedent`): `The company expanded it two years later` after `Halvorsen
  /// Steel opened the Brakke plant in 2019` → `The company expanded the Brakke plant two years
  /// later`; `Rescuers reached them` after `An avalanche buried three skiers` → `Rescuers reached
  /// the three skiers`. Left as it is when the summary spells the pronoun more than once or the
  /// pronoun is quoted.
  func objectThingNamed(_ summary: String, clause: Range<Int>, isQuoted: (Int) -> Bool) -> String {
    guard let pronoun = clause.first(where: { tagged.isWord($0, "it") || tagged.isWord($0, "them") }), !isQuoted(pronoun)
    else { return summary }
    let plural = tagged.isWord(pronoun, "them")
    let forms: [StaticString] = plural ? ["them", "their", "they"] : ["it", "its"]
    guard !clause.contains(where: { index in index > pronoun && forms.contains { tagged.isWord(index, $0) } }),
      let phrase = objectAntecedent(of: pronoun, plural: plural), !isQuoted(phrase.lowerBound)
    else { return summary }
    let words = summary.split(separator: " ", omittingEmptySubsequences: false)
    let places = words.indices.filter { words[$0] == (plural ? "them" : "it") }
    guard places.count == 1 else { return summary }
    var named = tagged.string(tokens: phrase)
    if tagged.upos(phrase.lowerBound) == .det {
      named = "the" + named.drop { $0 != " " }
    } else if tagged.upos(phrase.lowerBound) == .num {
      named = "the " + named
    }
    var told = words.map(String.init)
    told[places[0]] = named
    return told.joined(separator: " ")
  }

  /// The noun phrase the object `it` at `pronoun` stands for: the object right after the first
  /// verb of the sentence before, in the same paragraph, when that is a singular thing and no
  /// subject of that sentence is one too (`The plant opened in 1990. The firm expanded it`
  /// leaves `it` to the plant). An organization subject is passed over: the clause's own subject
  /// most likely goes on with it (`The company expanded it`). Nil for an `it` that announces
  /// what follows (`made it clear`, `found it hard to`) or stands before a verb of its own.
  func objectAntecedent(of pronoun: Int, plural: Bool = false) -> Range<Int>? {
    guard pronoun > 0, tagged.upos(pronoun - 1) == .verb, tagged.sentenceOf[pronoun - 1] == tagged.sentenceOf[pronoun],
      tagged.timeOf[pronoun] < 0
    else { return nil }
    let next = pronoun + 1
    let closes = next >= tagged.tokens.count || tagged.sentenceOf[next] != tagged.sentenceOf[pronoun]
    guard closes || tagged.timeOf[next] >= 0 || [.punct, .adp, .num, .adv].contains(tagged.upos(next)),
      closes || !tagged.isWord(next, "to") && !tagged.isWord(next, "that")
    else { return nil }
    let index = Int(tagged.sentenceOf[pronoun])
    let sentence = tagged.sentences[index]
    // An `it` or `its` before it in its sentence is the thing already: it goes on with that.
    let forms: [StaticString] = plural ? ["they", "them", "their"] : ["it", "its"]
    guard index > 0, !(sentence.tokens.lowerBound..<pronoun).contains(where: { index in forms.contains { tagged.isWord(index, $0) } })
    else { return nil }
    let previous = tagged.sentences[index - 1]
    guard previous.paragraph == sentence.paragraph, let before = subjects(in: previous, before: previous.tokens.upperBound),
      let subject = before.first
    else { return nil }
    for phrase in before where agreement(of: phrase, plural: plural, named: false) != .disagrees {
      guard namesOrganization(phrase) else { return nil }
    }
    guard let verb = (subject.upperBound..<previous.tokens.upperBound).first(where: { tagged.upos($0) == .verb }),
      let object = objectPhrase(after: verb, in: previous.tokens, counted: plural),
      agreement(of: object, plural: plural, named: false) == .agrees, !namesOrganization(object)
    else { return nil }
    return object
  }

  /// The noun phrase right after the verb at `verb`: a determiner, adjectives and nouns or
  /// names, perhaps with an `of` phrase (`the Brakke plant`, `the first phase of the scheme`),
  /// and when `counted` also one counted by a number (`three skiers`, `the two hikers`); nil
  /// when it holds a time or another number, or no noun ends it.
  private func objectPhrase(after verb: Int, in sentence: Range<Int>, counted: Bool) -> Range<Int>? {
    var end = verb + 1
    let opensCount = counted && tagged.upos(end) == .num && tagged.timeOf[end] < 0
    guard end < sentence.upperBound, tagged.upos(end) == .det || opensCount,
      !tagged.has(end, [.personPronoun, .groupPronoun, .pronoun])
    else { return nil }
    end += 1
    if counted, !opensCount, tagged.upos(end) == .num, tagged.timeOf[end] < 0 { end += 1 }
    var nouns = 0
    while end < sentence.upperBound, tagged.timeOf[end] < 0, isObjectWord(end, afterNoun: nouns > 0) {
      if [.noun, .propn].contains(tagged.upos(end)) { nouns += 1 }
      end += 1
    }
    guard nouns > 0, [.noun, .propn].contains(tagged.upos(end - 1)) else { return nil }
    return (verb + 1)..<end
  }

  /// Whether the word at `index` goes on an object noun phrase: a noun or a name, an adjective
  /// before them, and `of` with its determiner after one.
  private func isObjectWord(_ index: Int, afterNoun: Bool) -> Bool {
    switch tagged.upos(index) {
    case .noun, .propn: return true
    case .adj: return !afterNoun
    case .det: return tagged.isWord(index - 1, "of")
    default: return afterNoun && tagged.isWord(index, "of") && [.det, .noun, .propn].contains(tagged.upos(index + 1))
    }
  }

  /// Whether the noun phrase `phrase` names an organization or a group: an actor of that kind
  /// at its head, or a noun for one (`the company`).
  private func namesOrganization(_ phrase: Range<Int>) -> Bool {
    let head = phrase.upperBound - 1
    if let mention = actors.mentions(in: phrase).last(where: { $0.tokens.contains(head) }) {
      return [.organization, .group].contains(actors.actors[mention.actor].kind)
    }
    return tagged.has(head, .kindNoun) && [.organization, .group].contains(tagged.infos[head].actorKind)
  }
}
