/// What is told to go on until a later time (`The ban lasts until March`, `will stay shut till
/// Friday`, `runs through January 12`) runs from the publication day to that time: the time is
/// the end of the event, not its date.
extension EventAccumulator {
  /// The words that tell the end of what goes on before them.
  private static let untilWords: [StaticString] = ["until", "till", "through"]

  /// The date `date` that mention `mention` takes from expression `time` as a stretch from the
  /// publication day, when the article gives that day and the time after `until`, `till` or
  /// `through` comes after it, and the mention is told in the present, progressive or future with
  /// no other date in its words; nil otherwise. Not when the clause is negated (`will not reopen
  /// until 2027`: the reopening is of 2027), and not in the past (`lasted until March` tells no
  /// start).
  func untilDate(_ date: EventDate, of mention: EventMention) -> EventDate? {
    guard date.end == nil, case .expression(let time)? = mention.date, let tense = mention.tense,
      tense == .present || tense == .progressive || tense == .future
    else { return nil }
    let expression = tagged.tokens(ofTime: time)
    let opener = expression.lowerBound - 1
    guard mention.tokens.contains(opener), Self.untilWords.contains(where: { tagged.isWord(opener, $0) }),
      let reference, !reference.source.isGuessed, reference.point.precision >= .day,
      case let day = reference.point.truncated(to: .day), let now = day.interval,
      let end = date.value.interval, end.lowerBound >= now.upperBound
    else { return nil }
    let words = mention.tokens.lowerBound..<opener
    let otherTime = mention.tokens.contains { index in
      let other = Int(tagged.timeOf[index])
      return other >= 0 && other != time && tagged.times[other].value.interval != nil
    }
    guard !otherTime, !words.contains(where: { tagged.has($0, .negation) })
    else { return nil }
    var ranged = date
    ranged.value = .point(day)
    ranged.end = date.value
    return ranged
  }
}
