/// Tells whether a capital names the city or stands for the state: `in Tehran` and `Baghdad’s
/// fortified Green Zone` are cities; `Tehran does not want it` and `Tehran’s consulates` are Iran.
struct CapitalUse {
  let tagged: TaggedText

  /// Whether the capital written at `candidate` stands for its country.
  func standsForState(_ candidate: NameCandidate) -> Bool {
    let start = candidate.tokens.lowerBound
    if start > 0, tagged.has(start - 1, .locativePreposition) { return false }
    var index = candidate.tokens.upperBound
    if candidate.isPossessive { index += 2 }
    let limit = min(tagged.tokens.count, index + 3)
    while index < limit {
      if tagged.has(index, .cityPart) { return false }
      if tagged.has(index, .kindNoun), tagged.infos[index].actorKind == .place { return false }
      if candidate.isPossessive, tagged.isCapitalizedWord(index) { return false }
      guard candidate.isPossessive, tagged.isLowercaseWord(index), !tagged.has(index, .functionWord) else { break }
      index += 1
    }
    return true
  }
}
