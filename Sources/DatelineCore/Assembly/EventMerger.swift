/// Merges the events of several documents: a dated event joins an event already merged when the
/// kinds agree, the dates are the same or one holds the other, and they share an actor or the
/// words of their summaries (an event of kind `other`: its event word, and an actor when both
/// name one). Each mention keeps its document and span.
struct EventMerger: Sendable {
  /// An undated event's dated neighbour (a merged id), and whether it is told after it, or none:
  /// in 32 bits, the id shifted left and the flag in the lowest bit (an optional pair took 8).
  struct Neighbour: Sendable {
    private var packed: Int32

    /// No neighbour.
    static let none = Neighbour(packed: -1)

    init(event: Int, follows: Bool) {
      packed = Int32(truncatingIfNeeded: event << 1 | (follows ? 1 : 0))
    }

    private init(packed: Int32) {
      self.packed = packed
    }

    /// Whether there is a neighbour.
    var exists: Bool { packed >= 0 }
    /// The neighbour's merged id.
    var event: Int { Int(packed >> 1) }
    /// Whether the event is told after its neighbour.
    var follows: Bool { packed & 1 != 0 }
  }

  /// The merged events, in order of first telling; an event's id is its index here. Actor and
  /// quote ids are merged ones. Chunked: they are the largest list of a timeline.
  var events = ChunkedList<Event>()
  /// The bytes of the merged events' summaries.
  private var texts = TextPool()
  /// For each merged event, its first telling.
  private(set) var origins = EventOrigins()
  /// For each merged event, its dated neighbour (`none` for a dated one).
  private(set) var neighbours: [Neighbour] = []
  /// For each merged event whose date is anchored to another event, that event's merged id.
  /// Kept apart: few events are anchored, and a slot for every event took 4 bytes each.
  private(set) var anchors: [Int: Int] = [:]
  /// The merged id of the story's lead event of the document added last
  /// (`DocumentExtraction.storyLead`): the events of its later blocks that take the story's time
  /// are anchored to it, as they are when the document is extracted in one piece.
  private var storyLead: Int?
  var index = DatedEventIndex()
  var undated = UndatedEventIndex()
  // One document's events never merge with each other here: the events of the current `add`
  // call are those it made, from `firstOfAdd` on, and those it gave a mention (a set, not a
  // number for every event: 4 bytes an event, 2 MB on a million paragraphs).
  private var firstOfAdd = 0
  private var joinedInAdd: Set<Int> = []
  // Only a dated event is ever matched against (an undated one never gains a date), so only
  // dated events keep their event word and summary words: a text of undated events (a million
  // short paragraphs) takes no room for them.
  /// For each dated merged event, its event word as an id in `wordIDs` (-1 for none).
  var wordOf = SparseColumn<Int32>(missing: -1)
  private var wordIDs: [String: Int32] = [:]
  /// The hashed words of the first summary of each dated merged event, sorted, one event after
  /// the other; an event's words are `wordPool[wordRange[id]]` (see `words(of:)`).
  private var wordPool: [UInt64] = []
  /// For each dated merged event, the start of its words in `wordPool` in the high 32 bits and
  /// their end in the low 32.
  private var wordRange = SparseColumn<UInt64>(missing: 0)
  /// The merged events first told as forecasts, dated after their article's publication (`to be
  /// released in mid-2011`): what happens on a day inside that time is not taken for them, nor
  /// they for it.
  var forecasts: Set<Int> = []

  /// Adds the events of one document, whose actor and quote ids map to merged ones through
  /// `actorIDs` and `quoteIDs`, and whose text is `text` when given (a summary that is the words of
  /// its event's first mention is kept as a range of it).
  /// `published` is the document's publication date: undated events join those of articles
  /// published a day apart at most. `storyLead` is the local id of the story's lead event, and
  /// `isLaterBlock` tells that the events are those of a later block of the document added last.
  mutating func add(
    _ local: [DocumentEvent], document: Int, published: TimeValue? = nil, actorIDs: [Int], quoteIDs: [Int],
    text: SharedBytes? = nil, storyLead lead: Int? = nil, isLaterBlock: Bool = false
  ) {
    if !isLaterBlock { storyLead = nil }
    firstOfAdd = events.count
    joinedInAdd = []
    let day = UndatedEventIndex.day(of: published)
    var merged: [Int] = []
    merged.reserveCapacity(local.count)
    for item in local {
      var event = item.event
      event.setLinks(actors: Self.unique(event.actorIDs.map { actorIDs[$0] }), quotes: event.quotes.map { quoteIDs[$0] })
      var word: Int32 = -1
      if let text = item.word { word = wordID(text) }
      let isForecast = Self.isForecast(event, published: published)
      if let target = match(event, word: word, nesting: !isForecast)
        ?? matchUndated(event, word: item.word, day: day)
      {
        absorb(event, into: target)
        joinedInAdd.insert(target)
        merged.append(target)
      } else {
        event.id = events.count
        if isForecast { forecasts.insert(event.id) }
        event.date?.shareValue()
        if let text { event.shareSummary(in: &texts, foundIn: text) } else { event.shareSummary(in: &texts) }
        events.append(event)
        origins.append(document: document, position: item.position)
        neighbours.append(.none)
        if event.date != nil {
          let start = UInt64(wordPool.count)
          if event.kind != .other { wordPool += Self.words(of: event.storedSummary) }
          wordOf[event.id] = word
          wordRange[event.id] = start << 32 | UInt64(wordPool.count)
        }
        if let date = event.date, date.isTold { index.insert(event.id, kind: event.kind, value: date.value) }
        if Self.hasNoOwnDate(event), UndatedEventIndex.isMatched(event.kind), let text = item.word, let day {
          undated.insert(event.id, kind: event.kind, word: text, day: day, summary: event.summary)
        }
        merged.append(event.id)
      }
    }
    if let lead { storyLead = merged[lead] }
    for (item, id) in zip(local, merged) {
      if let neighbour = item.neighbour, events[id].date == nil, !neighbours[id].exists {
        neighbours[id] = Neighbour(event: merged[neighbour], follows: item.neighbourFollows)
      }
      // An event that joined one with a date of its own leaves that date's anchor (none) as it is.
      if let anchor = item.event.date?.anchorEvent, anchors[id] == nil, events[id].date?.anchorEvent != nil {
        anchors[id] = merged[anchor]
      }
      if isLaterBlock, let storyLead, let date = item.event.date, date.inference == .storyTime, date.anchorEvent == nil,
        anchors[id] == nil, events[id].date?.inference == .storyTime
      {
        anchors[id] = storyLead
      }
    }
  }

  /// The merged events, taken out of the merger, which is left without events.
  mutating func takeEvents() -> [Event] {
    events.takeAll()
  }

  /// Lets go of what matching needs (the date index, summary words, event words), once no more
  /// events will be added.
  mutating func finishMatching() {
    index = DatedEventIndex()
    undated = UndatedEventIndex()
    joinedInAdd = []
    wordOf = SparseColumn(missing: -1)
    wordIDs = [:]
    wordPool = []
    wordRange = SparseColumn(missing: 0)
    forecasts = []
  }

  /// Whether merged event `id` was told by a document added before the current one.
  func isEarlier(_ id: Int) -> Bool {
    id < firstOfAdd && (joinedInAdd.isEmpty || !joinedInAdd.contains(id))
  }

  private mutating func wordID(_ word: String) -> Int32 {
    if let id = wordIDs[word] { return id }
    let id = Int32(wordIDs.count)
    wordIDs[word] = id
    return id
  }

  /// The merged event a dated event joins: one of the same kind family and date, else the only
  /// one whose date holds it or lies inside it, told in another document and sharing an actor,
  /// two summary words, or its event word when one of the two names no actor (`the Oct. 10
  /// election` and `the October election`); of dates of different precision wider than a day,
  /// only events told with one event word that share an actor besides their main ones or name
  /// one actor at most (`released the Zap phone` on a day and `released its results` that year
  /// are two, and so are `presented the phone` on a day and `the phone was released` that
  /// year); an event that names no actor also joins the only one of its kind and date (`the
  /// March 3 attack`). Two attacks of one day by different actors stay two. One of kind `other`
  /// joins only an event told with the same event word, of the same date or, when they share an
  /// actor besides their main ones, of a date that holds it or lies inside it (`launched the
  /// store in 2003`, `launched the store on April 28, 2003`). Without `nesting` (a forecast),
  /// only an event of the same date.
  private func match(_ event: Event, word: Int32, nesting: Bool) -> Int? {
    guard let eventDate = event.date, eventDate.isTold, let interval = eventDate.value.interval else {
      return nil
    }
    let same = index.exact(kind: event.kind, value: eventDate.value)
    if event.kind == .other {
      guard word >= 0 else { return nil }
      // Told with the same word on the same date, by different actors, they are two events (`The
      // court heard Lane moved money …` and `The court heard Petrie took …`, both from 2016).
      if let found = same.first(where: {
        isEarlier($0) && wordOf[$0] == word && events[$0].date?.hasValue(of: eventDate) == true
          && (event.actorIDs.isEmpty || events[$0].actorIDs.isEmpty
            || Self.sharesActor(event.actorIDs, events[$0].actorIDs))
      }) {
        return found
      }
      return nesting ? nestedOther(event, word: word) : nil
    }
    var words: [UInt64]?
    // A local function, not a closure: a closure kept in a constant copied the whole merger each
    // time `match` ran.
    func related(_ candidate: Int) -> Bool {
      let actors = events[candidate].actorIDs
      if Self.sharesActor(event.actorIDs, actors) { return true }
      if word >= 0, wordOf[candidate] == word, event.actorIDs.isEmpty || actors.isEmpty { return true }
      let own = words ?? Self.words(of: event.storedSummary)
      words = own
      let range = wordRange[candidate]
      return SortedHashes.share(own[...], wordPool[Int(range >> 32)..<Int(range & 0xFFFF_FFFF)], atLeast: 2)
    }
    if let found = same.first(where: {
      isEarlier($0) && events[$0].date?.hasValue(of: eventDate) == true && related($0)
    }) {
      return found
    }
    if let only = onlyOther(in: same, date: eventDate), event.actorIDs.isEmpty || events[only].actorIDs.isEmpty {
      return only
    }
    guard nesting else { return nil }
    var nested: [Int] = []
    index.forEachNested(kind: event.kind, value: eventDate.value) { candidate in
      guard isEarlier(candidate), !forecasts.contains(candidate),
        events[candidate].date?.hasValue(of: eventDate) == false, related(candidate),
        isWithinADay(interval, events[candidate].date)
          || word >= 0 && wordOf[candidate] == word
            && (Self.sharesSecondActor(event.actorIDs, events[candidate].actorIDs)
              || max(event.actorIDs.count, events[candidate].actorIDs.count) < 2)
      else { return true }
      nested.append(candidate)
      return nested.count < Self.nestedReach
    }
    if nested.count == 1 { return nested[0] }
    // Of several, the only one told with the same event word (`launched the store in 2003` and
    // `launched the store on April 28, 2003`, beside other foundings of that year).
    let sameWord = nested.filter { word >= 0 && wordOf[$0] == word }
    if sameWord.count == 1, nested.count < Self.nestedReach { return sameWord[0] }
    guard nested.isEmpty, UndatedEventIndex.isMatched(event.kind), !eventDate.isInferred else { return nil }
    return sameDay(event.kind, interval: interval, related: related)
  }

  private mutating func absorb(_ event: Event, into target: Int) {
    let actors = events[target].actorIDs
    if actors.isEmpty, !event.actorIDs.isEmpty { events[target].summary = event.summary }
    events[target].mentions.append(contentsOf: event.mentions)
    // The target's actors are without repeats already: when the event adds no actor and no
    // quote, the links stay as they are.
    if !Self.isAll(of: event.actorIDs, in: actors) || !event.quotes.isEmpty {
      events[target].setLinks(actors: Self.unique(Array(actors) + event.actorIDs), quotes: events[target].quotes + event.quotes)
    }
    if let new = event.date, let old = events[target].date, let inner = new.value.interval,
      let outer = old.value.interval, inner.count < outer.count
    {
      events[target].date = new
      events[target].date?.shareValue()
      index.move(target, kind: events[target].kind, from: old.value, to: new.value)
    }
  }
}
