/// Dates handed from one segment of a sentence to another: a date set off after its clause, and
/// the date a `when` or `where` clause tells of.
extension ClauseTimes {
  /// Gives a date set off after its clause (`launched the Zap Store, an online shop, on April 28,
  /// 2003`) to that clause, when only appositions without verb or date stand between. `verbs`
  /// and `dates` hold the verb and the date of each segment position that has one.
  func giveTrailingDates<Verb>(
    of segments: [Segment], verbs: [Int: Verb], dates: inout [Int: EventMention.DateSource]
  ) {
    for position in segments.indices.dropFirst() where verbs[position] == nil && dates[position] != nil {
      var range = segments[position].tokens
      if isOccasion(range.lowerBound) { range = (range.lowerBound + 1)..<range.upperBound }
      guard !range.isEmpty, isOnlyTime(range) else { continue }
      var earlier = position - 1
      while earlier > 0, position - earlier <= 2, verbs[earlier] == nil, dates[earlier] == nil,
        segments[earlier].role == .main
      {
        earlier -= 1
      }
      guard verbs[earlier] != nil, dates[earlier] == nil, segments[earlier].role == .main else { continue }
      dates[earlier] = dates[position]
      dates[position] = nil
    }
  }

  /// Gives the time of a clause without a subject that `while`, `when` or `after` opens with a
  /// participle in `-ing` (`was swept away | while trying to cross a bridge on Monday night`,
  /// `died | after falling …`) to the undated clause right before it: the clause tells what its
  /// subject was doing then, which is no event of its own.
  func giveTimesOfParticipleClauses<Verb>(
    of segments: [Segment], verbs: [Int: Verb], dates: inout [Int: EventMention.DateSource]
  ) {
    for position in segments.indices.dropFirst() where verbs[position] == nil && dates[position] != nil {
      let first = segments[position].tokens.lowerBound
      guard tagged.isWord(first, "while") || tagged.isWord(first, "when") || tagged.isWord(first, "after"),
        tagged.isLowercaseWord(first + 1), tagged.upos(first + 1) == .verb, tagged.endsWith(first + 1, "ing"),
        verbs[position - 1] != nil, dates[position - 1] == nil, segments[position - 1].role == .main
      else {
        continue
      }
      dates[position - 1] = dates[position]
      dates[position] = nil
    }
  }

  /// Gives the time of a participle of starting set off after its clause (`Strikes will be held
  /// on five days, | starting on Friday`, `The hearing will last a week, | beginning on 3 March`)
  /// to that clause when it has no date: the participle tells when what the clause tells begins,
  /// and is no event of its own.
  func giveStartsOfParticipleClauses<Verb>(
    of segments: [Segment], verbs: [Int: Verb], dates: inout [Int: EventMention.DateSource]
  ) {
    for position in segments.indices.dropFirst() where verbs[position] == nil && dates[position] != nil {
      var first = segments[position].tokens.lowerBound
      if tagged.has(first, .comma) { first += 1 }
      guard tagged.isStartingParticiple(first),
        case .expression(let time)? = dates[position], tagged.tokens(ofTime: time).lowerBound <= first + 2,
        verbs[position - 1] != nil, dates[position - 1] == nil, segments[position - 1].role == .main
      else {
        continue
      }
      dates[position - 1] = dates[position]
      dates[position] = nil
    }
  }

  /// Gives a clause opened by `when` or `where` right after a date (`reached the final in 1994,
  /// when they lost to Harlow`, `talks in Paris last month, where the ministers failed to agree`)
  /// that date, when the clause has none of its own: it tells what happened at that time.
  func giveTimesToWhenClauses(of segments: [Segment], dates: inout [Int: EventMention.DateSource]) {
    for position in segments.indices.dropFirst() where dates[position] == nil {
      let first = segments[position].tokens.lowerBound
      let last = segments[position - 1].tokens.upperBound - 1
      guard tagged.isWord(first, "when") || tagged.isWord(first, "where") || opensPastRelative(first),
        tagged.isLowercaseWord(first),
        last >= 0, last < first,
        case let time = Int(tagged.timeOf[last]), time >= 0, tagged.times[time].value.interval != nil
      else {
        continue
      }
      dates[position] = .expression(time)
    }
  }

  /// Whether a relative clause at `first` tells in the past of what a date was just given for
  /// (`since Storm Klaus in January 2009, which killed 31 people`): it happened then.
  func opensPastRelative(_ first: Int) -> Bool {
    guard tagged.isWord(first, "which") || tagged.isWord(first, "who") else { return false }
    let verb = first + 1
    guard tagged.isLowercaseWord(verb), tagged.upos(verb) == .verb || tagged.upos(verb) == .aux else { return false }
    if tagged.isWord(verb, "was") || tagged.isWord(verb, "were") { return true }
    if tagged.endsWith(verb, "ing") || tagged.endsWith(verb, "s") { return false }
    return tagged.endsWith(verb, "ed") || tagged.lemma(verb) != tagged.string(tokens: verb..<(verb + 1))
  }

  /// Whether `range` holds only temporal expressions and punctuation.
  func isOnlyTime(_ range: Range<Int>) -> Bool {
    range.allSatisfy { tagged.timeOf[$0] >= 0 || tagged.tokens[$0].kind == .punctuation }
  }
}
