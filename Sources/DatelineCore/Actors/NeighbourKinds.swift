/// Kinds that the names next to a name of no kind give it: a person's for a name shaped like a
/// person's in a list with a person.
struct NeighbourKinds {
  let tagged: TaggedText
  /// The names of the document, in text order.
  let candidates: [NameCandidate]
  /// The actor of each candidate.
  let actorOf: [Int]

  /// Gives the actors of no kind among `actors` the kinds their neighbours say.
  func fill(_ actors: inout [Actor]) {
    guard actors.contains(where: { $0.kind == .unknown }) else { return }
    takeKindsOfCoordinatedPeople(&actors)
  }

  /// `goals from Mensah and Dani Ortiz`, `Ortiz, Mensah and Hart`: the items of a list share their
  /// kind, so a name shaped like a person's coordinated with a person's names a person. A pass
  /// each way carries a person's kind along a whole list; the passes are bounded, since a list of
  /// thousands of names with the person last took a pass for each name.
  private func takeKindsOfCoordinatedPeople(_ actors: inout [Actor]) {
    for _ in 0..<Self.rounds {
      var changed = false
      for index in candidates.indices.dropLast() { changed = spreadPerson(at: index, &actors) || changed }
      for index in candidates.indices.dropLast().reversed() { changed = spreadPerson(at: index, &actors) || changed }
      if !changed { return }
    }
  }

  /// How many times both passes are made at most: a name of the list told again elsewhere may
  /// carry the kind to a second list.
  private static let rounds = 2

  /// Gives the person's kind across the coordinator between candidates `index` and `index + 1`,
  /// when one of them is a person and the other a name of no kind shaped like a person's;
  /// whether it did.
  private func spreadPerson(at index: Int, _ actors: inout [Actor]) -> Bool {
    let (left, right) = (candidates[index], candidates[index + 1])
    let (a, b) = (actorOf[index], actorOf[index + 1])
    guard a >= 0, b >= 0, a != b, left.tokens.upperBound + 1 == right.tokens.lowerBound, isCoordinator(left.tokens.upperBound)
    else { return false }
    for (unknown, person, tokens) in [(a, b, left.tokens), (b, a, right.tokens)]
    where actors[unknown].kind == .unknown && actors[person].kind == .person && NameShapeEvidence.isPersonLikeName(tokens, tagged)
    {
      actors[unknown].kind = .person
      return true
    }
    return false
  }

  /// `and`, `or` or a comma between two names.
  private func isCoordinator(_ index: Int) -> Bool {
    tagged.has(index, .comma) || tagged.isWord(index, "and") || tagged.isWord(index, "or")
  }
}
