/// The subject of a `which` clause set off after a thing: the noun phrase it is about, not a name
/// told earlier in the sentence (`He would not abandon the motorway, which was approved by
/// parliament in September` is not his).
extension EventActors {
  /// How many words the noun phrase before a `which` clause is read back over.
  private static let antecedentReach = 10

  /// The noun phrase that the `which` opening `segment` is about, when a comma sets the clause
  /// off right after a common noun written in lower case (`the motorway, which`, `the Greens’
  /// decision, which`): from its determiner or first modifier to the noun. Nil for any other
  /// segment, after a name (`Halden Mutual, which`), whose clause the name's actor tells, and
  /// after the complement of `be`, whose subject the clause is about.
  func thingAntecedent(of segment: Segment) -> Range<Int>? {
    let opener = segment.tokens.lowerBound
    guard segment.role == .relative, tagged.isWord(opener, "which"), opener >= 2, tagged.has(opener - 1, .comma)
    else { return nil }
    let noun = opener - 2
    guard tagged.upos(noun) == .noun, tagged.isLowercaseWord(noun) else { return nil }
    // `which has` after a plural noun is about the clause before, not the noun (`checks at its
    // ports, which has pushed smugglers inland`).
    if tagged.isPluralNoun(noun), Self.singularVerbs.contains(where: { tagged.isWord(opener + 1, $0) }) { return nil }
    var start = noun
    var isOpened = false
    while start > 0, noun - start < Self.antecedentReach, tagged.sentenceOf[start - 1] == tagged.sentenceOf[noun] {
      let previous = start - 1
      let opens = tagged.upos(previous) == .det || tagged.isPossessiveDeterminer(previous)
      let isModifier =
        opens || [.adj, .noun, .propn, .num].contains(tagged.upos(previous)) || tagged.isWord(previous, "s")
        || tagged.has(previous, [.closeSingle, .straightSingle]) || isCompoundPart(previous)
      guard isModifier else { break }
      start = previous
      if opens {
        isOpened = true
        break
      }
    }
    // A bare noun of a thing in the singular (`cracked down on human trafficking, which has …`)
    // is most often what the clause did, which `which` sums up: the clause's subject tells it.
    guard isOpened || tagged.isPluralNoun(noun) else { return nil }
    // The complement of `be` is its subject (`Bugzilla is a bug tracker, which was released …`).
    return start > 0 && tagged.lemma(start - 1) == "be" ? nil : start..<(noun + 1)
  }

  /// Whether the token at `index` is part of a compound modifier a noun phrase may hold: a
  /// hyphen inside a word (`web-based`), the participle after it, or a form in `-ing` before a
  /// noun (`a bug tracking system`).
  private func isCompoundPart(_ index: Int) -> Bool {
    if tagged.has(index, .hyphen) { return tagged.isGlued(index) }
    guard tagged.upos(index) == .verb else { return false }
    return tagged.isGlued(index) && tagged.has(index - 1, .hyphen) || tagged.endsWith(index, "ing") && tagged.upos(index + 1) == .noun
  }

  /// Who the possessive determiner opening `phrase` stands for (`his travel ban, which …`), if any.
  func owner(opening phrase: Range<Int>, recentGroup: Int?) -> Int? {
    let first = phrase.lowerBound
    if tagged.isWord(first, "his") || tagged.isWord(first, "her") { return pronouns.person(before: first) }
    if tagged.isWord(first, "their") { return pronouns.group(before: first, recent: recentGroup) }
    if tagged.isWord(first, "its") { return thing(at: first, recentGroup: recentGroup) }
    // `the device, which …` and `the company, which …` stand for what they name.
    return pronounSubject(at: first, recentGroup: recentGroup)
  }

  /// The product named last, a few sentences back at most, before token `index`: what `the
  /// device` or `the phone` there stands for.
  func product(before index: Int) -> Int? {
    let sentence = Int(tagged.sentenceOf[index])
    let lowest = tagged.sentences[max(0, sentence - Self.productReach)].tokens.lowerBound
    let mentions = actors.mentions[actors.firstMention(atOrAfter: lowest)..<actors.firstMention(atOrAfter: index)]
    return mentions.last { !$0.isRole && actors.actors[$0.actor].kind == .product }?.actor
  }

  /// How many sentences back the product `the device` stands for may be named.
  private static let productReach = 3

  private static let singularVerbs: [StaticString] = ["has", "is", "was"]
}
