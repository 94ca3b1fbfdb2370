/// Merges the events of several documents: a dated event joins an event already merged when the
/// kinds agree, the dates are the same or one holds the other, and they share an actor or the
/// words of their summaries. Each mention keeps its document and span.
struct EventMerger {
  /// A merged event, before ordering.
  struct Merged: Sendable {
    /// The event, with merged actor and quote ids; its id is its index in `events`.
    var event: Event
    /// The document and position of its first telling.
    var origin: (document: Int, position: Int)
    /// For an undated event, its dated neighbour (a merged id) and whether it is told after it.
    var neighbour: (event: Int, follows: Bool)?
    /// For a date anchored to another event, that event's merged id.
    var anchor: Int?
    /// The event word it was first told with.
    var word: String?
    /// The words of its first summary, for comparing summaries.
    var summaryWords: Set<String>

    init(event: Event, origin: (document: Int, position: Int), word: String?) {
      self.event = event
      self.origin = origin
      self.word = word
      summaryWords = event.date == nil ? [] : EventMerger.words(of: event.summary)
    }
  }

  /// The merged events, in order of first telling.
  private(set) var events: [Merged] = []
  private var index = DatedEventIndex()
  private var documentsOf: [Set<Int>] = []

  /// Adds the events of one document, whose actor and quote ids map to merged ones through
  /// `actorIDs` and `quoteIDs`.
  mutating func add(_ local: [DocumentEvent], document: Int, actorIDs: [Int], quoteIDs: [Int]) {
    var merged: [Int] = []
    for item in local {
      var event = item.event
      event.actors = Self.unique(event.actors.map { actorIDs[$0] })
      event.quotes = event.quotes.map { quoteIDs[$0] }
      if let target = match(event, word: item.word, document: document) {
        absorb(event, into: target)
        documentsOf[target].insert(document)
        merged.append(target)
      } else {
        event.id = events.count
        events.append(Merged(event: event, origin: (document, item.position), word: item.word))
        documentsOf.append([document])
        if let date = event.date { index.insert(event.id, kind: event.kind, value: date.value) }
        merged.append(event.id)
      }
    }
    for (item, id) in zip(local, merged) {
      if let neighbour = item.neighbour, events[id].event.date == nil, events[id].neighbour == nil {
        events[id].neighbour = (merged[neighbour], item.neighbourFollows)
      }
      if let anchor = item.event.date?.anchorEvent, events[id].anchor == nil { events[id].anchor = merged[anchor] }
    }
  }

  /// The merged event a dated event joins; one of kind `other` joins only an event of the same
  /// date told with the same event word.
  private func match(_ event: Event, word: String?, document: Int) -> Int? {
    guard let date = event.date?.value, let interval = date.interval else { return nil }
    var summaryWords: Set<String>?
    var candidates: [Int] = []
    for candidate in index.candidates(kind: event.kind, value: date) {
      guard let value = events[candidate].event.date?.value, let span = value.interval,
        !documentsOf[candidate].contains(document)
      else {
        continue
      }
      let nested =
        (span.lowerBound <= interval.lowerBound && interval.upperBound <= span.upperBound)
        || (interval.lowerBound <= span.lowerBound && span.upperBound <= interval.upperBound)
      if event.kind == .other {
        if value == date, word != nil, events[candidate].word == word { return candidate }
        continue
      }
      guard nested else { continue }
      if !sharesActor(event, events[candidate].event) {
        let words = summaryWords ?? Self.words(of: event.summary)
        summaryWords = words
        guard words.intersection(events[candidate].summaryWords).count >= 2 else { continue }
      }
      if value == date { return candidate }
      candidates.append(candidate)
    }
    return candidates.count == 1 ? candidates[0] : nil
  }

  private mutating func absorb(_ event: Event, into target: Int) {
    events[target].event.mentions += event.mentions
    events[target].event.actors = Self.unique(events[target].event.actors + event.actors)
    events[target].event.quotes += event.quotes
    if let new = event.date, let old = events[target].event.date, let inner = new.value.interval,
      let outer = old.value.interval, inner.count < outer.count
    {
      events[target].event.date = new
      index.insert(target, kind: events[target].event.kind, value: new.value)
    }
  }

  private func sharesActor(_ left: Event, _ right: Event) -> Bool {
    !Set(left.actors).isDisjoint(with: right.actors)
  }

  /// The words of four letters or more of a summary, lower-cased: two summaries that share two
  /// of them tell of the same thing.
  static func words(of summary: String) -> Set<String> {
    var words = Set<String>()
    var word: [UInt8] = []
    for byte in summary.utf8 + [0x20] {
      let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      if (lower >= 0x61 && lower <= 0x7A) || byte >= 0x80 {
        word.append(lower)
      } else {
        if word.count >= 4 { words.insert(String(decoding: word, as: UTF8.self)) }
        word.removeAll(keepingCapacity: true)
      }
    }
    return words
  }

  private static func unique(_ ids: [Int]) -> [Int] {
    var seen = Set<Int>()
    return ids.filter { seen.insert($0).inserted }
  }
}
