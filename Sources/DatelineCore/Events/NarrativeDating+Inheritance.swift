/// What a clause takes its date from: a dated event it names, the report it belongs to, a
/// coarser clause it goes on from, the publication date; and the inherited date itself.
extension NarrativeDating {
  /// The first event dated to the day (or finer) that a reference inside `span` names, other
  /// than event `id` itself and one told inside `span` (`Hoste, who had worn yellow since the
  /// time trial on March 1, said …`: the relative clause's own event, not an earlier one named).
  func namedEvent(
    in span: SourceSpan, id: Int, drafts: ChunkedList<EventDraft>, references: [(byte: Int, event: Int)]
  ) -> (event: Int, date: EventDate, byte: Int)? {
    var index = references.partitioningIndex { $0.byte >= span.start }
    while index < references.count, references[index].byte < span.end {
      let event = references[index].event
      let told = drafts[event].primary
      if event != id, let date = drafts[event].date, Self.isDayPrecise(date), told.start < span.start || told.end > span.end {
        return (event, date, references[index].byte)
      }
      index += 1
    }
    return nil
  }

  /// The event told before `draft` and dated to the day or month that the opening adverbial of
  /// its sentence names after `after` or `following` (`After the vote, protesters gathered`): what
  /// the clause tells came on that event's day (or in its month) or later.
  func openingEvent(
    of draft: EventDraft, drafts: ChunkedList<EventDraft>, references: [(byte: Int, event: Int)]
  ) -> (event: Int, date: EventDate, byte: Int)? {
    // The sentence's first token is read from its range: walking back to it from every clause
    // of one long sentence took time growing with the square of its length.
    let first = tagged.sentences[Int(tagged.sentenceOf[draft.firstToken])].tokens.lowerBound
    guard first < draft.firstToken, tagged.isWord(first, "after") || tagged.isWord(first, "following") else { return nil }
    let opener = Int(tagged.tokens[first].start)
    var index = references.partitioningIndex { $0.byte > opener }
    while index < references.count, references[index].byte < draft.primary.start {
      let (byte, event) = references[index]
      let token = tagged.tokens.partitioningIndex { Int($0.start) >= byte }
      if token - 1 == first || token - 2 == first && tagged.has(token - 1, .determiner) {
        guard drafts[event].firstToken < first, let date = drafts[event].date,
          date.value.point.map({ $0.precision >= .month }) ?? false
        else { return nil }
        return (event, date, byte)
      }
      index += 1
    }
    return nil
  }

  /// Whether `draft` tells what a statement of its sentence, told over `span`, reports: it starts
  /// inside the statement (`said production stopped in December`), or right after it as a
  /// further predicate of what is reported (`said demand recovered in March | and fell again in
  /// April`).
  func isReported(_ draft: EventDraft, by span: SourceSpan) -> Bool {
    let start = draft.primary.start
    if span.start < start && start < span.end { return true }
    let first = draft.firstToken
    return start >= span.end && tagged.byteRange(first..<(first + 1)).lowerBound - span.end <= 2
      && (tagged.isWord(first, "and") || tagged.isWord(first, "but")) && tagged.isFiniteVerb(first + 1)
  }

  /// Whether the reference to an event starting at byte `byte` follows `after` or `following`
  /// (`Shares fell after the announcement`): what it tells came on that event's day or later.
  func follows(reference byte: Int) -> Bool {
    let token = tagged.tokens.partitioningIndex { Int($0.start) >= byte }
    return token > 0 && (tagged.isWord(token - 1, "after") || tagged.isWord(token - 1, "following"))
  }

  /// Whether `draft` goes on, in the simple past after `, and` or `, but`, from a clause of its
  /// sentence dated more coarsely to one time (`in February it broke again, and we lost the
  /// slipway`, `approached the board in January, but its offer was rejected`), or
  /// is a later predicate of the same subject after `and` or `but` (`crashed in May and spent
  /// nine days in hospital`, `cleared him of murder in October but convicted him of assault`);
  /// `and` without the comma before a noun may join the nouns of one subject.
  func continuesCoarse(_ date: EventDate, with draft: EventDraft) -> Bool {
    guard draft.tense == .past, date.end == nil else { return false }
    let opensWithJoiner = tagged.isWord(draft.firstToken, "and") || tagged.isWord(draft.firstToken, "but")
    if opensWithJoiner, tagged.isFiniteVerb(draft.firstToken + 1) { return true }
    let joiner = opensWithJoiner ? draft.firstToken : draft.firstToken - 1
    return joiner > 0 && (tagged.isWord(joiner, "and") || tagged.isWord(joiner, "but")) && tagged.has(joiner - 1, .comma)
  }

  /// Whether `date` holds the day of `story` (or lies inside it); a stretch holds every day from
  /// its start to its end (`since Sunday` holds the publication day).
  static func holds(_ date: EventDate, _ story: EventDate) -> Bool {
    guard let start = date.value.interval, let inner = story.value.interval else { return false }
    let outer = date.end?.interval.map { start.lowerBound...max(start.upperBound, $0.upperBound) } ?? start
    return outer.overlaps(inner)
  }

  /// Whether `date` (or the stretch it begins) ends before the story's date begins: an older time.
  static func endsBefore(_ date: EventDate, _ story: EventDate) -> Bool {
    guard let start = date.value.interval, let inner = story.value.interval else { return false }
    let last = date.end?.interval.map { max(start.upperBound, $0.upperBound) } ?? start.upperBound
    return last < inner.lowerBound
  }

  /// Whether a date names a day or a finer time.
  static func isDayPrecise(_ date: EventDate) -> Bool {
    date.value.point.map { $0.precision >= .day } ?? false
  }

  /// The publication date as the inferred date of a report.
  var publicationDate: EventDate? {
    guard let reference, reference.source != .inferred else { return nil }
    return EventDate(
      value: .point(reference.point), expression: nil, resolution: .relativeToReference, isInferred: true,
      inference: .publication)
  }

  /// Whether a date lies no later than the publication date (the passage tells the past), or
  /// the text has no known publication date.
  func isPast(_ date: EventDate) -> Bool {
    guard let reference, let interval = date.value.interval, let published = reference.point.interval else {
      return true
    }
    return interval.lowerBound <= published.upperBound
  }

  /// `date` (cut to its day when finer) as the inferred date of an event that takes it from
  /// event `source` (nil for the lead of a block before).
  func inherited(_ date: EventDate, from source: Int?, as inference: EventDate.Inference) -> EventDate {
    var value = date.value
    if let point = value.point, point.precision > .day { value = .point(point.truncated(to: .day)) }
    return EventDate(
      value: value, expression: date.expression, resolution: date.resolution, isInferred: true,
      anchorEvent: source, inference: inference)
  }
}
