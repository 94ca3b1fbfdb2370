/// Links a nationality standing for a person (`The Norwegian, 48, was appointed …`) to the person
/// named last before it, within a few sentences: it is another way to name them, not an actor of
/// its own. With no such person it stays a name of its own.
struct DemonymReferences {
  let tagged: TaggedText

  /// The pairs of candidates (the nationality, the person) that name one actor, given the
  /// candidates' contexts.
  func pairs(in candidates: [NameCandidate], contexts: [NameContext]) -> [(Int, Int)] {
    var pairs: [(Int, Int)] = []
    for (index, candidate) in candidates.enumerated() where candidate.isDemonymReference {
      // An appositive names the person right after: `the Libyan, Omar Sassi,`.
      let end = candidate.tokens.upperBound
      if tagged.has(end, .comma), tagged.isCapitalizedWord(end + 1) { continue }
      let sentence = Int(tagged.sentenceOf[candidate.tokens.lowerBound])
      var previous = index - 1
      while previous >= 0 {
        let other = candidates[previous]
        if sentence - Int(tagged.sentenceOf[other.tokens.lowerBound]) > 3 { break }
        if !other.isDemonymReference, isPersonName(other, contexts[previous].votes) {
          pairs.append((index, previous))
          break
        }
        previous -= 1
      }
    }
    return pairs
  }

  /// A name of two words or more that is no place and whose context makes it a person (`East
  /// Africa` before `the Libyan` is not one).
  private func isPersonName(_ candidate: NameCandidate, _ votes: KindVotes) -> Bool {
    let words = candidate.tokens.count { tagged.tokens[$0].kind == .word }
    return words >= 2 && tagged.place(candidate.tokens) == nil && votes.best == .person
  }
}
