/// The candidates a new event may join: an event of another date that holds its date, one of the
/// same day told at another hour, an undated one of an article a day apart, the only one of a date.
extension EventMerger {
  /// Whether `event` is dated after `published`, its article's publication: a forecast.
  static func isForecast(_ event: Event, published: TimeValue?) -> Bool {
    guard let start = event.date?.value.interval?.lowerBound, let end = published?.interval?.upperBound else {
      return false
    }
    return start > end
  }

  /// Whether `interval` and the interval of `other` both lie within one day's length.
  func isWithinADay(_ interval: ClosedRange<Int>, _ other: EventDate?) -> Bool {
    guard let span = other?.value.interval else { return false }
    return max(interval.upperBound - interval.lowerBound, span.upperBound - span.lowerBound) < 1440
  }

  /// How many events whose dates nest with a new one's are looked at before the match is given up
  /// as too vague.
  static let nestedReach = 8

  /// The only event of kind `other` told with event word `word` whose date holds `event`'s or lies
  /// inside it, and that shares with `event` an actor that is not the main actor of both
  /// (`Apple released the iPhone` and `Apple released its results` share only their subject).
  func nestedOther(_ event: Event, word: Int32) -> Int? {
    guard let eventDate = event.date else { return nil }
    var found: Int?
    var count = 0
    // The word is read first: most events of a year are told with another, and reading it costs
    // no copy of the event's date or actors.
    index.forEachNested(kind: .other, value: eventDate.value) { candidate in
      guard wordOf[candidate] == word, isEarlier(candidate), !forecasts.contains(candidate),
        let date = events[candidate].date, !date.hasValue(of: eventDate), date.isTold,
        Self.sharesSecondActor(event.actorIDs, events[candidate].actorIDs)
      else { return true }
      found = candidate
      count += 1
      return count < 2
    }
    return count == 1 ? found : nil
  }

  /// For an event told to the hour or minute, the only event of its kind family told at another time
  /// (not a part of the day: a morning and a night are two) of the same day that is related to it
  /// — not a statement, nor a date guessed from the publication time: articles give the hour of one happening differently
  /// (`2:30 a.m.`, `3 a.m.`), and the disagreement shows on the merged event.
  func sameDay(_ kind: Event.Kind, interval: ClosedRange<Int>, related: (Int) -> Bool) -> Int? {
    let day = 1440
    let hour = 60
    guard interval.upperBound - interval.lowerBound < hour else { return nil }
    let start = interval.lowerBound >= 0 ? interval.lowerBound / day * day : -((-interval.lowerBound + day - 1) / day) * day
    let whole = start...(start + day - 1)
    var found: Int?
    var count = 0
    index.forEachNested(kind: kind, interval: whole) { candidate in
      guard isEarlier(candidate), let other = events[candidate].date?.value.interval,
        whole.contains(other.lowerBound), other.upperBound - other.lowerBound < hour, related(candidate)
      else { return true }
      found = candidate
      count += 1
      return count < 2
    }
    return count == 1 ? found : nil
  }

  /// Whether an event names no date of its own: undated, or dated only by news convention
  /// (`EventDate.isTold` is false), which the undated match may join across articles too.
  static func hasNoOwnDate(_ event: Event) -> Bool {
    !(event.date?.isTold ?? false)
  }

  /// The undated merged event an undated event joins: one of another article published a day
  /// apart at most, told with the same event word, where one's main actor is among the other's
  /// actors, or, when one of the two names no actor, that shares a content word of the summary
  /// (`Seven guards were wounded` and `Six guards were wounded`). Two arrests of different people
  /// in one town stay apart: the town they share is not the main actor of either.
  func matchUndated(_ event: Event, word: String?, day: Int?) -> Int? {
    guard Self.hasNoOwnDate(event), UndatedEventIndex.isMatched(event.kind), let word, let day else { return nil }
    let candidates = undated.candidates(kind: event.kind, word: word, day: day, summary: event.summary)
    return candidates.first { candidate in
      guard isEarlier(candidate.id), Self.hasNoOwnDate(events[candidate.id]) else { return false }
      let actors = events[candidate.id].actorIDs
      if let main = event.actorIDs.first, let other = actors.first {
        return actors.contains(main) || event.actorIDs.contains(other)
      }
      return candidate.sharesWords
    }?.id
  }

  /// The one event of `candidates` with the date `date` told in another document, when there is
  /// exactly one: an event that names no actor (`the March 3 attack`) is that one.
  func onlyOther(in candidates: [Int], date: EventDate) -> Int? {
    var found: Int?
    for candidate in candidates where isEarlier(candidate) && events[candidate].date?.hasValue(of: date) == true {
      guard found == nil else { return nil }
      found = candidate
    }
    return found
  }
}
