/// Tells whether a capital names the city or stands for the state: `in Tehran` and `Baghdad’s
/// fortified Green Zone` are cities; `Tehran does not want it` and `Tehran’s consulates` are Iran.
/// A dateline (`BAGHDAD —`, `TEHRAN (Reuters) -`) names the city the story was written in.
struct CapitalUse {
  let tagged: TaggedText

  /// Whether the capital written at `candidate` stands for its country.
  func standsForState(_ candidate: NameCandidate) -> Bool {
    let start = candidate.tokens.lowerBound
    if start > 0, tagged.has(start - 1, .locativePreposition) { return false }
    if isDateline(candidate) { return false }
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

  /// Whether the name opens a sentence and a dash follows it, straight away or after a
  /// parenthesis (`(Reuters)`) or a comma and a few words (`, Nov. 7`): a dateline.
  private func isDateline(_ candidate: NameCandidate) -> Bool {
    let start = candidate.tokens.lowerBound
    guard !candidate.isPossessive, tagged.isSentenceInitial(start) else { return false }
    var index = candidate.tokens.upperBound
    let limit = min(tagged.tokens.count, index + 8)
    if tagged.has(index, [.openParen, .comma]) {
      while index < limit, !tagged.has(index, [.dash, .hyphen]) { index += 1 }
    }
    return index < limit && tagged.has(index, [.dash, .hyphen]) && tagged.tokens[index].isSpaced
  }
}
