/// The entity a sentence continues from the one before it (centering: a pronoun that goes on
/// about the entity the previous sentence spoke of by a pronoun is preferred over a shift to that
/// sentence's new subject).
extension PronounResolver {
  /// The person a `he` or `she` opening a sentence stands for when the sentence right before,
  /// in its paragraph or the one before, spoke of someone as the object `him` or `her` of the
  /// same sex, whom no other person named in it but its subject may be, when the text's
  /// most-mentioned person agrees and is not that subject: `Prime Minister Keir Starmer paid tribute to him. He is survived by his wife` after
  /// an obituary names its subject is about that subject, not Starmer.
  func continuedCenter(before pronoun: Int, gender: WordFlags) -> Int? {
    let sentence = Int(tagged.sentenceOf[pronoun])
    guard sentence > 0, let main = mostMentioned else { return nil }
    let previous = tagged.sentences[sentence - 1]
    guard previous.paragraph >= tagged.sentences[sentence].paragraph - 1, agrees(main, gender, before: pronoun),
      let object = previous.tokens.first(where: { isObjectPronoun($0) && pronounGender($0) == gender })
    else { return nil }
    let subject = actors.mentions(in: previous.tokens.lowerBound..<object).first {
      isUsable($0) && Self.isSubject($0.tokens, tagged)
    }?.actor
    let others = actors.mentions(in: previous.tokens).contains { mention in
      mention.actor != subject && mention.actor != main && isUsable(mention) && isPersonLike(mention)
        && agrees(mention.actor, gender, before: pronoun)
    }
    return subject == main || others ? nil : main
  }

  /// The person a `he`, `she` or possessive after an opening `he` or `she` of the same sex in
  /// its sentence stands for, with no person of that sex named between, when the opening one
  /// continues the previous sentence's center (`He is survived by his wife, Margaret, whom he
  /// married in 1966`).
  func continuedCenter(after pronoun: Int, gender: WordFlags) -> Int? {
    let start = tagged.sentences[Int(tagged.sentenceOf[pronoun])].tokens.lowerBound
    // Within a sentence of ordinary length: the names between are read for every pronoun.
    guard start < pronoun, pronoun - start <= Self.centerReach, tagged.isWord(start, "he") || tagged.isWord(start, "she"),
      pronounGender(start) == gender,
      !actors.mentions(in: start..<pronoun).contains(where: {
        isUsable($0) && isPersonTier($0) && agrees($0.actor, gender, before: pronoun)
      })
    else { return nil }
    return continuedCenter(before: start, gender: gender)
  }

  /// How many words after an opening pronoun a later one may go on with its center.
  private static let centerReach = 60

  /// The person named most often outside quotations, twice at least; the first named of those
  /// tied.
  static func mostMentionedPerson(_ actors: DocumentActors, _ quotes: QuoteScan) -> Int? {
    var counts = [Int](repeating: 0, count: actors.actors.count)
    for mention in actors.mentions where !mention.isModifier && !quotes.isQuoted(mention.tokens.lowerBound) {
      if actors.actors[mention.actor].kind == .person { counts[mention.actor] += 1 }
    }
    guard let best = counts.indices.max(by: { counts[$0] < counts[$1] || counts[$0] == counts[$1] && $0 > $1 }),
      counts[best] >= 2
    else { return nil }
    return best
  }
}
