/// A time named after `for` as the time a verb's object is planned or counted for: `The union
/// called a strike for Friday`, `The board has set the vote for March 5`, `had cut its budget
/// for this year`. The day is the strike's and the vote's, ahead of the calling and the setting
/// (TimeML links the object's event to it, not the verb's), and the year the budget's, so it
/// does not date the clause, which is of the story's days or of a time of its own (`Two days
/// earlier, the ministry had cut its budget for this year` is of the day two days before).
extension ClauseTimes {
  /// How many words the planned object may have between its verb and `for` (`a full safety
  /// inspection`).
  static let plannedObjectReach = 5

  /// Whether expression `time`, starting at token `index`, names after `for` the time of the
  /// object of the verb before it: a noun phrase of lowercase nouns, adjectives, determiners,
  /// possessives and numbers right after the clause's verb.
  func namesPlannedDay(_ time: Int, startingAt index: Int) -> Bool {
    let opener = index - 1
    guard opener > 1, tagged.isWord(opener, "for"), tagged.times[time].value.point != nil else { return false }
    let objectWords: Set<UPOS> = [.noun, .adj, .det, .num]
    var word = opener - 1
    while word > 0, opener - word <= Self.plannedObjectReach,
      objectWords.contains(tagged.upos(word)) || tagged.isPossessiveDeterminer(word),
      tagged.isLowercaseWord(word) || tagged.upos(word) == .num
    {
      word -= 1
    }
    // Only a clause's own verb leaves the clause another time: a bare `set` after a plural
    // (`Opponents set a protest for Saturday`) tells no happening without the day, which it keeps.
    guard word < opener - 1, tagged.upos(word) == .verb, tagged.isLowercaseWord(word),
      TriggerReader(tagged: tagged).isClauseVerb(word)
    else { return false }
    return (word + 1..<opener).contains { tagged.upos($0) == .noun }
  }

  /// Whether expression `time`, starting at token `index`, names after `for` the time a
  /// participle right after a noun plans that noun for, before the clause's own verb
  /// (`Passengers booked for Tuesday have been offered refunds`, `Flights scheduled for Friday
  /// were cancelled`): the day is the booking's aim, not the time of the clause. A verb after the
  /// noun with no verb after the time is the clause's own (`Officials prepared for Tuesday`).
  func namesParticiplePlannedDay(_ time: Int, startingAt index: Int, in range: Range<Int>) -> Bool {
    let participle = index - 2
    guard participle > range.lowerBound, tagged.isWord(index - 1, "for"), tagged.times[time].value.point != nil,
      isParticiple(participle), tagged.has(participle, .pastVerb) || tagged.endsWith(participle, "ed"),
      [.noun, .propn].contains(tagged.upos(participle - 1))
    else { return false }
    var verb = tagged.tokens(ofTime: time).upperBound
    while verb < range.upperBound, tagged.upos(verb) == .adv { verb += 1 }
    return verb < range.upperBound && tagged.isFiniteVerb(verb)
  }
}
