/// A source named before what it tells (`According to the port authority, storm damage closed
/// the harbour`): it takes part in the happening as the speaker of `…, the port authority said`
/// does.
extension EventMentionFinder {
  /// The actors an `According to X,` opening the sentence of segment `position` names, when that
  /// segment is the clause it attributes: no piece between holds a verb of its own (`According to
  /// the trust, a think tank, one in eight people …`). Groups are left out, as from a report set
  /// after its clause (`according to residents` would join unrelated happenings).
  func openingSourceActors(of position: Int, in segments: [Segment]) -> [Int] {
    guard position > 0, case let opening = segments[0].tokens,
      tagged.isWord(opening.lowerBound, "according"), tagged.isWord(opening.lowerBound + 1, "to"),
      opening.lowerBound == tagged.sentences[Int(tagged.sentenceOf[opening.lowerBound])].tokens.lowerBound,
      !segments[1..<position].contains(where: { $0.tokens.contains(where: tagged.isFiniteVerb) })
    else { return [] }
    var result: [Int] = []
    for mention in actors.mentions(in: opening) where actors.actors[mention.actor].kind != .group {
      if !result.contains(mention.actor) { result.append(mention.actor) }
    }
    return result
  }
}
