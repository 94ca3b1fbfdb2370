/// Something that happened, or is reported to: when, who, what kind, and everywhere it is told.
public struct Event: Hashable, Sendable, Identifiable {
  /// What kind of happening an event is.
  public enum Kind: String, Hashable, Sendable, CaseIterable, Codable {
    /// Attacks, armed strikes, bombings, killings in an attack.
    case attack
    /// Elections, votes, ballots.
    case election
    /// Protests, demonstrations, marches, labour strikes and walkouts.
    case protest
    /// Statements, announcements, speeches.
    case statement
    /// Arrests, detentions, charges.
    case arrest
    /// Deaths.
    case death
    /// Meetings, talks, summits.
    case meeting
    /// Foundings, establishments, launches.
    case founding
    /// Natural disasters (earthquakes, storms, floods, wildfires, and what they strike or kill) and
    /// accidents of vehicles and vessels (a ferry that sinks, a bus that crashes, a derailment).
    case disaster
    /// Court proceedings and their outcomes: trials, verdicts, convictions, sentences.
    case court
    /// Anything else.
    case other
  }

  // Stored in this order, with the id in 32 bits, so that the kind and the id fill what the
  // mentions leave of their last 8 bytes, the disagreements kept with the mentions, up to two
  // actors inline (`EventLinks`), and the date on the heap: 64 bytes an event. An inline date
  // took 40 bytes in every event, dated or not, and most events are undated (four in five of the
  // web-page set's; all of a list of meetings).
  /// When it happened, if the text says.
  public var date: EventDate? {
    get { storedDate?.date }
    set { storedDate = newValue.map(EventDateBox.init) }
    _modify {
      var date = storedDate?.date
      yield &date
      if let date, isKnownUniquelyReferenced(&storedDate) {
        storedDate?.date = date
      } else {
        storedDate = date.map(EventDateBox.init)
      }
    }
  }
  private var storedDate: EventDateBox?
  /// One line saying what happened.
  public var summary: String {
    get { storedSummary.string }
    set { storedSummary = SharedText(newValue) }
  }
  private(set) var storedSummary: SharedText
  /// The actor ids involved, main actor first.
  public var actors: [Int] {
    get { Array(links.actors) }
    set { links = EventLinks(actors: newValue, quotes: links.quotes) }
  }
  /// The ids of quotes that are about it or back it.
  public var quotes: [Int] {
    get { links.quotes }
    set { links = EventLinks(actors: links.actors, quotes: newValue) }
  }
  /// The actor ids, main actor first, read without making a list (`actors` makes one).
  public var actorIDs: EventActorIDs { links.actors }
  private var links: EventLinks
  /// Every place it is told; the first is the main evidence. Setting them keeps the
  /// disagreements.
  public var mentions: EventMentions {
    get { tellings }
    _modify {
      let disagreements = tellings.disagreements
      yield &tellings
      tellings.disagreements = disagreements
    }
  }
  /// The facts its articles give differently (empty when they agree, or one article tells it).
  public var disagreements: [Disagreement] {
    get { tellings.disagreements }
    set { tellings.disagreements = newValue }
  }
  private var tellings: EventMentions
  /// What kind of happening it is.
  public var kind: Kind
  private var storedID: Int32

  /// The event's index in the timeline's event list (which is in timeline order).
  public var id: Int {
    get { Int(storedID) }
    set { storedID = Int32(truncatingIfNeeded: newValue) }
  }

  /// Creates an event.
  public init(
    id: Int, date: EventDate?, kind: Kind, summary: String, actors: [Int] = [], quotes: [Int] = [],
    mentions: [SourceSpan], disagreements: [Disagreement] = []
  ) {
    self.init(
      id: id, date: date, kind: kind, summary: SharedText(summary), actors: actors, quotes: quotes, mentions: mentions,
      disagreements: disagreements)
  }

  /// Creates an event whose summary is shared text.
  init(
    id: Int, date: EventDate?, kind: Kind, summary: SharedText, actors: [Int], quotes: [Int], mentions: [SourceSpan],
    disagreements: [Disagreement] = []
  ) {
    storedID = Int32(truncatingIfNeeded: id)
    storedDate = date.map(EventDateBox.init)
    self.kind = kind
    storedSummary = summary
    links = EventLinks(actors: actors, quotes: quotes)
    tellings = EventMentions(mentions)
    tellings.disagreements = disagreements
  }

  /// Whether the two are the same in every part, their disagreements included.
  public static func == (left: Event, right: Event) -> Bool {
    left.storedID == right.storedID && left.kind == right.kind && left.date == right.date
      && left.summary == right.summary && left.links == right.links
      && left.tellings == right.tellings && left.disagreements == right.disagreements
  }

  /// Hashes every part.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(storedID)
    hasher.combine(kind)
    hasher.combine(date)
    hasher.combine(summary)
    hasher.combine(links)
    hasher.combine(tellings)
    hasher.combine(disagreements)
  }

  /// Sets the actor ids, main actor first, and the quote ids.
  mutating func setLinks(actors: some Collection<Int>, quotes: [Int]) {
    links = EventLinks(actors: actors, quotes: quotes)
  }

  /// Moves the summary's bytes into `pool`, beside those of other kept events.
  mutating func shareSummary(in pool: inout TextPool) {
    storedSummary = pool.share(storedSummary)
  }

  /// Keeps the summary as the bytes of `source` its first mention spans when they are the
  /// summary, else as `shareSummary(in:)` does.
  mutating func shareSummary(in pool: inout TextPool, foundIn source: SharedBytes) {
    guard let mention = tellings.first else { return shareSummary(in: &pool) }
    storedSummary = pool.share(storedSummary, foundIn: source, at: mention.start..<max(mention.start, mention.end))
  }

  /// The ids of the documents that tell the event, in order.
  public var sources: [Int] {
    var sources: [Int] = []
    for document in mentions.map(\.document).sorted() where sources.last != document { sources.append(document) }
    return sources
  }
}

/// An event's date on the heap (`Event.date`): changed in place only while one event holds it.
private final class EventDateBox: @unchecked Sendable {
  var date: EventDate

  init(_ date: EventDate) {
    self.date = date
  }
}
