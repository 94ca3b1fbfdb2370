/// What `It` and `its` stand for: the product, organization or group a sentence is about.
extension PronounResolver {
  /// The product, organization or group a sentence-initial `It` at token `pronoun` stands for:
  /// the first name of the sentence right before (a news paragraph may hold one sentence) that
  /// reads as a subject (`The Zap 4 was shown on Monday. It ships in June.`; `The newest phone,
  /// Zap 4 was shown …`); inside a sentence, the thing it opens with (`openingThing`). An `It`
  /// that only fills a subject's place (`It was announced that …`) stands for nothing.
  func thing(before pronoun: Int) -> Int? { thingMention(before: pronoun)?.actor }

  /// The mention of the thing an `It` or `its` at `pronoun` stands for (`thing(before:)`).
  func thingMention(before pronoun: Int) -> ActorMention? {
    let sentence = Int(tagged.sentenceOf[pronoun])
    guard !isPlaceholder(pronoun) else { return nil }
    if !tagged.isSentenceInitial(pronoun) { return openingThing(before: pronoun) }
    guard sentence > 0 else { return nil }
    let previous = tagged.sentences[sentence - 1]
    guard previous.paragraph >= tagged.sentences[sentence].paragraph - 1,
      let first = actors.mentions(in: previous.tokens).first(where: {
        isUsable($0) && Self.isSubject($0.tokens, tagged)
      })
    else {
      return nil
    }
    let kind = actors.actors[first.actor].kind
    return [.product, .organization, .group].contains(kind) ? first : nil
  }

  /// The product, organization or group an `it` or `its` inside its sentence stands for: the
  /// name the sentence opens with as its subject, when no other such name stands between
  /// (`Zappit, founded in Bengaluru, turned its first profit in June, when it earned …`). A name
  /// before it that is not the subject, or another thing named between, leaves it unsure.
  private func openingThing(before pronoun: Int) -> ActorMention? {
    let start = tagged.sentences[Int(tagged.sentenceOf[pronoun])].tokens.lowerBound
    let named = actors.mentions(in: start..<pronoun).filter(isUsable)
    let things: Set<Actor.Kind> = [.product, .organization, .group]
    guard let first = named.first, Self.isSubject(first.tokens, tagged),
      things.contains(actors.actors[first.actor].kind),
      named.allSatisfy({ $0.actor == first.actor || !things.contains(actors.actors[$0.actor].kind) })
    else { return nil }
    return first
  }

  /// How far after `It` the clause it merely opens is looked for: `It is not yet clear whether`.
  private static let placeholderReach = 8

  /// Whether the `It` at `pronoun` opens a clause after it rather than standing for a thing:
  /// `that`, `whether`, `who` or `how` follows (`It was announced that`, `It was Jobs who`).
  private func isPlaceholder(_ pronoun: Int) -> Bool {
    let end = min(tagged.sentences[Int(tagged.sentenceOf[pronoun])].tokens.upperBound, pronoun + Self.placeholderReach)
    for index in (pronoun + 1)..<max(pronoun + 1, end) {
      if tagged.isWord(index, "that") || tagged.isWord(index, "whether") || tagged.isWord(index, "who")
        || tagged.isWord(index, "how")
      {
        return true
      }
    }
    return false
  }
}
