/// Times that only measure: how long a record has stood (`since 1992`) and over what period
/// happenings are counted (`for the second time this year`).
extension ClauseTimes {
  /// How many words before `since` the superlative or ordinal of a record may stand.
  static let recordReach = 10

  /// Whether the expression starting at `index` only tells how long a record has stood (`its
  /// first loss since 1992`, `the lowest level since 2014`, `the first man killed by a storm in
  /// the county since 2023`): background to the clause, not its date. The record's noun phrase
  /// may hold prepositions and a participle that follows its noun, but no finite verb.
  func isRecordSpan(startingAt index: Int) -> Bool {
    var since = index
    if !tagged.isWord(since, "since") { since -= 1 }
    guard since > 0, tagged.isWord(since, "since") else { return false }
    var word = since - 1
    while word >= max(0, since - Self.recordReach), isInRecordPhrase(word) {
      if tagged.isWord(word, "first") || tagged.isWord(word, "only") || tagged.isWord(word, "record")
        || isSuperlative(word)
      {
        return true
      }
      word -= 1
    }
    return false
  }

  /// Whether the expression starting at `index` follows `since` right after a noun in a clause
  /// with no perfect (`called for an audit of council spending since 2019`): `since` dates a
  /// clause only through a perfect (`has led the council since 2019`, `Elections since the 1930s
  /// have been won by …`), so without one it tells the period of its noun, not when the clause
  /// happened.
  func isNounPeriod(startingAt index: Int, in range: Range<Int>) -> Bool {
    let since = index - 1
    guard since > range.lowerBound, tagged.isWord(since, "since"), tagged.upos(since - 1) == .noun else { return false }
    return !range.contains { isPerfectAuxiliary($0, pastToo: true) }
  }

  /// How many words before a time the `since` opening the phrase that holds it may stand.
  static let sinceNounReach = 14

  /// Whether the expression starting at `index` stands inside a phrase that `since` opens before
  /// it in `range`, with no comma or dash between (`have faced growing pressure since the return
  /// of 26 similar works by a Paris museum in 2021`, `has been shut since a fire in May`, `has not
  /// been seen since he left in March`): it dates the happening the phrase names, from which the
  /// clause's state goes on, not the clause; the tagger may read a noun of it as a verb (`works`).
  /// A participle in `-ing` opens a predicate of the clause's own subject (`had not appeared since
  /// lifting the order early Wednesday`), whose time starts the clause's state as one right after
  /// `since` does. A time right after `since` (`has led
  /// the council since 2019`, `since the start of 2021`) is the start of the clause's own stretch.
  func isInSinceNounPhrase(startingAt index: Int, in range: Range<Int>) -> Bool {
    var word = index - 1
    while word > range.lowerBound, index - word <= Self.sinceNounReach, tagged.timeOf[word] < 0 {
      if tagged.isWord(word, "since") { return word < index - 1 }
      guard !tagged.has(word, [.comma, .semicolon, .dash]), tagged.upos(word) != .verb || !tagged.endsWith(word, "ing") else {
        return false
      }
      word -= 1
    }
    return false
  }

  /// Whether token `word` is a superlative: an adjective in `-est` (`the lowest level`) or an
  /// irregular one (`the worst crash`, `the best result`).
  private func isSuperlative(_ word: Int) -> Bool {
    tagged.upos(word) == .adj && tagged.endsWith(word, "est") || tagged.isWord(word, "worst") || tagged.isWord(word, "best")
  }

  /// Whether token `word` can stand inside the noun phrase of a record before `since`: a noun,
  /// adjective, number, determiner or preposition, or a participle right after a noun (`the first
  /// man killed by …`).
  func isInRecordPhrase(_ word: Int) -> Bool {
    switch tagged.upos(word) {
    case .noun, .propn, .adj, .num, .det, .adp: true
    case .verb: word > 0 && tagged.upos(word - 1) == .noun && tagged.isLowercaseWord(word) && !tagged.endsWith(word, "ing")
    default: false
    }
  }

  /// The ordinals that count how often something has happened: `for the second time this year`.
  static let countingOrdinals: Set<String> = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "nth",
  ]

  /// Whether the expression starting at `index` follows `time` or `times` counted by an ordinal
  /// or a number (`for the second time this year`, `three times this month`): it tells over what
  /// period the happenings are counted, not when this one happened.
  func countsTimes(before index: Int) -> Bool {
    guard index > 0, tagged.timeOf[index - 1] != tagged.timeOf[index],
      tagged.isWord(index - 1, "time") || tagged.isWord(index - 1, "times")
    else { return false }
    let counter = index - 2
    if tagged.upos(counter) == .num { return true }
    return Self.countingOrdinals.contains(tagged.string(tokens: counter..<(counter + 1)).lowercased())
  }
}
