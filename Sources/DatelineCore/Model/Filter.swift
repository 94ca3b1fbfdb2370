/// Which events to show: any of some actors, some kinds, told by some articles, a date range,
/// words in the summary.
/// An empty filter matches everything.
public struct Filter: Hashable, Sendable {
  /// Actor ids; an event matches when it involves any of them.
  public var actors: Set<Int>
  /// Event kinds; an event matches when it is of any of them.
  public var kinds: Set<Event.Kind>
  /// Document ids; an event matches when any of them tells it.
  public var sources: Set<Int>
  /// Earliest date (an event matches when its date ends on or after this point's start).
  public var from: TimePoint?
  /// Latest date (an event matches when its date starts on or before this point's end).
  public var to: TimePoint?
  /// Words that must all appear in the summary or the actors' names, lower-cased.
  public var words: [String]

  /// Creates a filter; by default it matches everything.
  public init(
    actors: Set<Int> = [], kinds: Set<Event.Kind> = [], sources: Set<Int> = [], from: TimePoint? = nil,
    to: TimePoint? = nil, words: [String] = []
  ) {
    self.actors = actors
    self.kinds = kinds
    self.sources = sources
    self.from = from
    self.to = to
    self.words = words
  }

  /// Whether the filter matches everything.
  public var isEmpty: Bool {
    actors.isEmpty && kinds.isEmpty && sources.isEmpty && from == nil && to == nil && words.isEmpty
  }

  /// Whether `event` passes every part of the filter but the actors (which callers check with an
  /// index), reading actor names from `timeline`.
  public func matchesIgnoringActors(_ event: Event, in timeline: Timeline) -> Bool {
    if !kinds.isEmpty && !kinds.contains(event.kind) { return false }
    if !sources.isEmpty && !event.mentions.contains(where: { sources.contains($0.document) }) { return false }
    if from != nil || to != nil {
      guard let interval = event.date?.value.interval else { return false }
      if let start = from?.interval, interval.upperBound < start.lowerBound { return false }
      if let end = to?.interval, interval.lowerBound > end.upperBound { return false }
    }
    if !words.isEmpty {
      let haystack = ([event.summary] + event.actorIDs.map { timeline.actors[$0].name }).joined(separator: " ").lowercased()
      return words.allSatisfy { haystack.contains($0) }
    }
    return true
  }

  /// Whether `event` passes the whole filter.
  public func matches(_ event: Event, in timeline: Timeline) -> Bool {
    if !actors.isEmpty && !event.actorIDs.contains(where: actors.contains) { return false }
    return matchesIgnoringActors(event, in: timeline)
  }
}
