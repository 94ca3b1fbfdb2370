/// Tells a sports story by its words: a score (`3-0`) and the nouns of matches, leagues and
/// clubs. Read only for a document that names a club-like name, so other stories pay nothing.
struct SportWords {
  let tagged: TaggedText

  /// Whether at least two different sport words, or a score and one of them, occur.
  var isSportStory: Bool {
    var seen = Set<Int>()
    for index in tagged.tokens.indices where tagged.isLowercaseWord(index) {
      if let word = Self.words.firstIndex(where: { tagged.isWord(index, $0) }) {
        seen.insert(word)
        if seen.count >= 2 { return true }
      }
    }
    return seen.count == 1 && hasScore
  }

  /// Whether the name starting at `start` is where a player moves to or from, as only a club
  /// is: right after `joined` (`He joined Valmont in 2022`), or after `from`, `to` or `for` in a
  /// clause a transfer verb opens a few words before (`signed Caio Mendes from Olympique
  /// Valmont`, `sold Jordan Abbey to Lazio`). Not the name right after the verb: the player.
  func isClubOfTransfer(_ start: Int) -> Bool {
    guard start >= 1, tagged.isLowercaseWord(start - 1) else { return false }
    if tagged.isWord(start - 1, "joined") { return true }
    guard tagged.isWord(start - 1, "from") || tagged.isWord(start - 1, "to") || tagged.isWord(start - 1, "for") else {
      return false
    }
    var index = start - 2
    while index >= max(0, start - 10), !tagged.has(index, WordFlags.segmentBreak.union([.period, .terminal])) {
      if tagged.isLowercaseWord(index), Self.transferVerbs.contains(index, in: tagged) { return true }
      index -= 1
    }
    return false
  }

  /// Whether the name starting at `start` is the side a result was had against or with: after
  /// a noun of a result or a match and `by`, `to`, `against`, `over` or `with` (`a 3-0 defeat by
  /// Castlebury`, `the win over Tarnby`, `Tuesday's game against Wrexley`, `a loss at home to
  /// Kingsway`), or a verb of one
  /// (`lost to Tarnby`, `lost 2-1 to Tarnby`, `beat Orrin 2-1`), past `the`; `to play against
  /// Brackwater` too.
  func isOpponentInResult(_ start: Int) -> Bool {
    var index = start - 1
    if tagged.isWord(index, "the"), tagged.isLowercaseWord(index) { index -= 1 }
    guard index >= 1, tagged.isLowercaseWord(index) else { return false }
    if Self.resultVerbs.contains(index, in: tagged) { return true }
    guard Self.resultPrepositions.contains(index, in: tagged) else { return false }
    var word = index - 1
    // Where the result was had, between it and its side: `a 3-0 loss at home to Kingsway`,
    // `lost 3-0 at home to Fenwick`.
    if word >= 2, tagged.isWord(word, "home"), tagged.isWord(word - 1, "at") {
      word -= 2
    } else if word >= 1, tagged.isWord(word, "away") {
      word -= 1
    }
    // The score between a result and its side: `lost 2-1 to Lindmoor`.
    if word >= 3, tagged.tokens[word].kind == .number, tagged.has(word - 1, .hyphen), tagged.tokens[word - 2].kind == .number {
      word -= 3
    }
    return tagged.isLowercaseWord(word) && Self.resultWords.contains(word, in: tagged)
  }

  /// Whether the name starting at `start` is the object of a verb of a fixture (`face Marston on
  /// Sunday`, `host Brackwater`): the other side, past `the`.
  func isOpponentInFixture(_ start: Int) -> Bool {
    var index = start - 1
    if tagged.isWord(index, "the"), tagged.isLowercaseWord(index) { index -= 1 }
    return index >= 0 && tagged.isLowercaseWord(index) && Self.fixtureVerbs.contains(index, in: tagged)
  }

  /// Whether the name starting at `start` is a side a player plays or scores for or against:
  /// after `for` or `against` in a clause where a word of play comes a few words before
  /// (`scored 19 goals for Kessling`, `played 40 times for Norrland`, `his debut for Kessling`,
  /// `start against Bramley`), past `the`.
  func isSideOfPlay(_ start: Int) -> Bool {
    var index = start - 1
    if tagged.isWord(index, "the"), tagged.isLowercaseWord(index) { index -= 1 }
    guard index >= 1, tagged.isLowercaseWord(index), tagged.isWord(index, "for") || tagged.isWord(index, "against") else {
      return false
    }
    var word = index - 1
    while word >= max(0, index - 5), !tagged.has(word, WordFlags.segmentBreak.union([.period, .terminal, .comma])) {
      if tagged.isLowercaseWord(word), Self.playWords.contains(word, in: tagged) { return true }
      word -= 1
    }
    return false
  }

  /// Words of a player's play, whose `for` or `against` a side follows.
  private static let playWords = WordList([
    "scored", "score", "scores", "scoring", "goal", "goals", "played", "play", "plays", "playing", "debut",
    "appearances", "appearance", "appeared", "capped", "caps", "start", "starts", "started", "friendly",
  ])

  private static let resultPrepositions = WordList(["by", "to", "against", "over", "with"])
  /// Verbs of a fixture whose object is the other side: `face Marston on Sunday`, `host Brackwater`.
  private static let fixtureVerbs = WordList([
    "face", "faces", "faced", "facing", "host", "hosts", "hosted", "hosting", "visit", "visits", "welcome", "welcomes",
  ])
  private static let resultWords = WordList([
    "defeat", "defeats", "win", "wins", "victory", "victories", "loss", "losses", "draw", "draws", "match", "matches",
    "game", "games", "fixture", "fixtures", "clash", "tie", "thrashing", "drubbing", "rout", "lost", "lose", "loses",
    "losing", "beaten", "defeated", "drew", "drawn", "play", "plays", "played", "playing",
  ])
  private static let resultVerbs = WordList(["beat", "beats", "beating", "thrashed", "hammered", "outclassed"])

  private static let transferVerbs = WordList(["signed", "signing", "joined", "sold", "bought", "loaned", "moved"])

  /// Nouns and verbs hardly used outside sport, or used there above all.
  private static let words: [StaticString] = [
    "league", "match", "goal", "goals", "scored", "striker", "midfielder", "defender", "goalkeeper", "stadium",
    "fixture", "relegation", "derby", "penalty", "cup", "club", "squad", "coach", "referee", "playoff",
    "season",
  ]

  /// A score: two small numbers joined by a hyphen with no space (`2-1`, `3-0`).
  private var hasScore: Bool {
    let tokens = tagged.tokens
    guard tokens.count >= 3 else { return false }
    for index in 1..<(tokens.count - 1) where tagged.has(index, .hyphen) && tagged.isGlued(index) {
      let before = tokens[index - 1]
      let after = tokens[index + 1]
      if before.kind == .number, after.kind == .number, before.length <= 2, after.length <= 2,
        tagged.isGlued(index + 1)
      {
        return true
      }
    }
    return false
  }
}
