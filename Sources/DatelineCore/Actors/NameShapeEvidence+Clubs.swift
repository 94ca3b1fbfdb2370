/// The cues of a sports club in a name's shape: a place or a word the tagger does not know before
/// a club word (`Harwick City`, `Kestrel United`), or a club's opening word (`Olympique`); and in
/// its place, the side a result was had against (`a 3-0 defeat by Castlebury`).
extension NameShapeEvidence {
  /// Whether `candidate` is the side a result was had against in a story of sport, with or
  /// without a club's name (`SportWords.isOpponentInResult`), or met in a fixture or played or
  /// scored for when the gazetteer does not hold it (`face Marston`, `scored 19 goals for
  /// Kessling`); not a name shaped like a player's
  /// or opening on a given name, nor a player's surname alone (`defeat by Jiri Lehecka`, then
  /// `Lehecka`).
  func isOpponentInResult(_ candidate: NameCandidate) -> Bool {
    let range = candidate.tokens
    let sport = SportWords(tagged: tagged)
    // A country the gazetteer holds is met in a fixture as itself (`Belgium faced Panama`).
    let isOpponent = sport.isOpponentInResult(range.lowerBound)
      || (sport.isOpponentInFixture(range.lowerBound) || sport.isSideOfPlay(range.lowerBound)) && tagged.place(range) == nil
    return !candidate.isPossessive && !tagged.has(range.lowerBound, .givenName) && isOpponent
      && !Self.isPersonLikeName(range, tagged) && (isSportStory || sportWords.value) && !isSurname(range)
  }

  /// A place, or a word the tagger has not seen, before a club word: `Harwick City`, `Kestrel
  /// United`, `Bridgeford Rovers`; not a city the gazetteer holds whole (`Mexico City`).
  func isClubName(_ range: Range<Int>) -> Bool {
    let last = range.upperBound - 1
    guard range.count >= 2, Self.isClubWord(last, tagged), tagged.isCapitalizedWord(last), tagged.place(range) == nil
    else { return false }
    let town = range.lowerBound..<last
    return tagged.place(town) != nil || town.allSatisfy { tagged.usualTag($0) == nil || tagged.usualTag($0) == .propn }
  }

  /// Words that open the names of sports clubs: `Olympique Lyonnais`, `Sporting Lisbon`.
  static let clubOpeningWords = WordList([
    "olympique", "sporting", "atletico", "dynamo", "dinamo", "racing", "deportivo", "borussia", "fc", "afc", "ac",
  ])

  /// Whether a lower-cased word of a form's key opens the names of sports clubs.
  static func isClubOpeningWord(_ word: Substring) -> Bool { clubOpeningWords.contains(word) }

  /// The words that end the names of football and other sports clubs.
  private static let clubWordList = WordList([
    "united", "city", "town", "county", "rovers", "athletic", "wanderers", "albion", "rangers", "fc", "afc",
  ])

  /// Whether token `index` is a club word: `City` in `Harwick City`.
  static func isClubWord(_ index: Int, _ tagged: TaggedText) -> Bool {
    guard index >= 0, index < tagged.tokens.count, tagged.tokens[index].kind == .word else { return false }
    return clubWordList.contains(index, in: tagged)
  }

  /// Whether a lower-cased word of a form's key is a club word.
  static func isClubWord(_ word: Substring) -> Bool { clubWordList.contains(word) }
}
