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
  /// kind, so a name shaped like a person's coordinated with a person's names a person.
  private func takeKindsOfCoordinatedPeople(_ actors: inout [Actor]) {
    var changed = true
    while changed {
      changed = false
      for index in candidates.indices.dropLast() {
        let (left, right) = (candidates[index], candidates[index + 1])
        let (a, b) = (actorOf[index], actorOf[index + 1])
        guard a >= 0, b >= 0, a != b, left.tokens.upperBound + 1 == right.tokens.lowerBound,
          isCoordinator(left.tokens.upperBound)
        else { continue }
        for (unknown, person, tokens) in [(a, b, left.tokens), (b, a, right.tokens)]
        where actors[unknown].kind == .unknown && actors[person].kind == .person
          && NameShapeEvidence.isPersonLikeName(tokens, tagged)
        {
          actors[unknown].kind = .person
          changed = true
        }
      }
    }
  }

  /// `and`, `or` or a comma between two names.
  private func isCoordinator(_ index: Int) -> Bool {
    tagged.has(index, .comma) || tagged.isWord(index, "and") || tagged.isWord(index, "or")
  }
}
