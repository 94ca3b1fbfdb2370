/// A time inside what a verb of expectation told as done expects, which does not date the
/// expecting.
extension ClauseTimes {
  /// How many words before a time the verb of expectation whose content holds it may stand.
  static let expectationReach = 20

  /// Whether the expression starting at `index` stands in what an active verb of expectation
  /// told in the past or the perfect expects, after the verb's own time and adverbs (`predicted
  /// a second cut in June`, `had hoped the bridge would reopen after repairs last year`, `has
  /// forecast growth of 2% next year`; not `predicted on Monday that …`): it tells the expected
  /// thing, not when the expecting happened. A present expectation is a forecast for its time
  /// (`expects a profit in 2027`), a passive one a plan (`was expected in May`).
  func isInExpectation(startingAt index: Int, in range: Range<Int>) -> Bool {
    var verb = index - 1
    while verb > range.lowerBound, index - verb <= Self.expectationReach {
      if tagged.has(verb, [.comma, .semicolon, .dash]) { return false }
      if isPastExpectation(verb) {
        // What a report tells its subject expected (`said the players expected a hard game on
        // Saturday`) is the report's, and an infinitive right after the verb tells the subject's
        // own plan (`expected to cut rates by 2023`), an event of its time.
        let isReported = (range.lowerBound..<verb).contains { tagged.has($0, .speechVerb) && tagged.upos($0) == .verb }
        return !isReported && !tagged.isWord(verb + 1, "to") && tagged.pastOwnTime(after: verb, before: range.upperBound) <= index
      }
      verb -= 1
    }
    return false
  }

  /// Whether the word at `index` is an active verb of expectation in the past, past perfect or
  /// perfect after its subject (`predicted`, `had hoped`, `have forecast`).
  private func isPastExpectation(_ index: Int) -> Bool {
    guard tagged.upos(index) == .verb, tagged.isLowercaseWord(index), Self.expectationVerbs.contains(tagged.lemma(index))
    else { return false }
    var before = index - 1
    while before >= 0, tagged.upos(before) == .adv { before -= 1 }
    // After its subject or a perfect's auxiliary: not a comparison (`faster than expected over the
    // summer`) nor a modifier (`the expected cut`), nor a passive (`was expected in May`).
    guard before >= 0,
      tagged.upos(before) == .aux ? tagged.lemma(before) == "have" : [.noun, .propn, .pron].contains(tagged.upos(before))
    else { return false }
    return ClauseTense.of(verb: index, in: tagged).isPast
  }

  /// Whether the expression starting at `index` stands, in its clause, in the infinitive after a
  /// verb of offering told in the past (`had offered to pause the strike during the Christmas
  /// season`, `promised to cut taxes next year`) and lies after the publication: what was offered
  /// is still to come, while the offering was done, so the time does not date it, as a time a
  /// prediction names does not date the predicting.
  func isInOfferAhead(_ time: Int, startingAt index: Int, in range: Range<Int>) -> Bool {
    guard let published = tagged.document.metadata.published?.interval, let span = tagged.times[time].value.interval,
      span.lowerBound > published.upperBound
    else { return false }
    var to = index - 1
    while to > range.lowerBound, index - to <= Self.expectationReach, !tagged.isWord(to, "to") {
      if tagged.has(to, [.comma, .semicolon, .dash]) { return false }
      to -= 1
    }
    let verb = to - 1
    guard verb >= range.lowerBound, tagged.isWord(to, "to"), tagged.upos(verb) == .verb, tagged.isLowercaseWord(verb),
      Self.offeringVerbs.contains(tagged.lemma(verb))
    else { return false }
    return ClauseTense.of(verb: verb, in: tagged).isPast
  }

  /// The verbs that tell what their subject offers or undertakes to do.
  private static let offeringVerbs: Set<String> = ["offer", "promise", "propose", "threaten", "pledge", "vow"]

  /// The verbs that tell what their subject expects of a time to come.
  private static let expectationVerbs: Set<String> = [
    "expect", "hope", "predict", "forecast", "anticipate", "project", "foresee",
  ]
}
