/// What a clause about a product says it is or has, told in the present: `The Zap 4 has two
/// cameras`, `It comes in two colors` (after a sentence about the Zap 4). A product's features
/// are news of the day they are reported, so such a clause is an event, dated by publication.
struct ProductState {
  let tagged: TaggedText
  let actors: DocumentActors
  let pronouns: PronounResolver

  /// The verb of `range` when the clause opens with a product as its subject (a name, or an
  /// opening `It` that stands for one) and a verb in the present right after it, past adverbs:
  /// `has`, `comes`, `is`.
  func verb(in range: Range<Int>) -> Int? {
    var first = range.lowerBound
    while first < range.upperBound, [.det, .cconj, .adv].contains(tagged.upos(first)) { first += 1 }
    var after: Int
    if tagged.isWord(first, "it"), let thing = pronouns.thing(before: first), isProduct(thing) {
      after = first + 1
    } else if let mention = actors.mentions(in: first..<(first + 1)).first, isProduct(mention.actor),
      !mention.isModifier
    {
      after = mention.tokens.upperBound
    } else {
      return nil
    }
    while after < range.upperBound, tagged.upos(after) == .adv { after += 1 }
    guard after < range.upperBound, isPresent(after) else { return nil }
    return after
  }

  private func isProduct(_ actor: Int) -> Bool { actors.actors[actor].kind == .product }

  /// A present-tense verb of the third person (`has`, `comes`, `uses`), `has` not before a
  /// participle (a perfect is a happening the clause verbs find), or `is` before what the
  /// product is like (`is now available`), not before a participle or a definition (`is a
  /// layout engine`).
  private func isPresent(_ index: Int) -> Bool {
    if tagged.isWord(index, "has") { return tagged.upos(index + 1) != .verb }
    if tagged.isWord(index, "is") {
      var next = index + 1
      while tagged.upos(next) == .adv { next += 1 }
      return tagged.upos(next) != .verb && tagged.upos(next) != .det
    }
    return tagged.upos(index) == .verb && tagged.endsWith(index, "s") && !tagged.endsWith(index, "ss")
  }
}
