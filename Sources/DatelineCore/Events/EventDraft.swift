/// An event of one document while its mentions are being gathered.
struct EventDraft: Sendable {
  // Stored with the wide fields first, the token numbers in 32 bits and the rank in 8, so that a
  // draft takes 136 bytes, not 168: a block of a long document holds tens of thousands of drafts
  // at once, beside the events made of them.
  /// Its date, when a mention gave one.
  var date: EventDate?
  /// The summary, and how good a source it came from (higher is better); its bytes kept in the
  /// accumulator's pool (a string of its own took about 48 bytes more than the text a draft).
  var summary: SharedText
  /// The actors, main actor first.
  var actors: [Int]
  /// The main evidence.
  var primary: SourceSpan
  /// Every mention, in text order.
  var mentions: [SourceSpan]
  /// The mentions that tell the event itself (not references to it).
  var telling: [SourceSpan]
  /// The event word it was first told with, lower-cased (`agreement`), when it had one.
  var word: String?
  private var storedFirstToken: Int32
  private var storedLastToken: Int32
  private var storedSummaryRank: Int8
  /// What kind of event it is.
  var kind: Event.Kind
  /// Whether it was first told in the plural (`similar drone attacks`).
  var isPlural: Bool
  /// Whether its kind was only guessed from the words around a date, with no event word of its own.
  var isKindGuessed: Bool
  /// The tense of the verb it was first told with, when a verb told it.
  var tense: ClauseTense?
  /// Whether its first mention named a time that could not be worked out (`the night before the
  /// attack` with no attack told) or that belongs to a noun in it (`lost in the Oct. 10
  /// election`): such an event takes no date from its neighbours.
  var namesUnresolvedTime: Bool

  /// How good a source the summary came from (higher is better).
  var summaryRank: Int {
    get { Int(storedSummaryRank) }
    set { storedSummaryRank = Int8(truncatingIfNeeded: newValue) }
  }

  /// The first and last tokens of its mentions, for narrative order and references.
  var firstToken: Int {
    get { Int(storedFirstToken) }
    set { storedFirstToken = Int32(truncatingIfNeeded: newValue) }
  }
  var lastToken: Int {
    get { Int(storedLastToken) }
    set { storedLastToken = Int32(truncatingIfNeeded: newValue) }
  }

  init(
    kind: Event.Kind, date: EventDate?, summary: SharedText, summaryRank: Int, actors: [Int], primary: SourceSpan,
    mentions: [SourceSpan], telling: [SourceSpan], firstToken: Int, lastToken: Int, isPlural: Bool,
    isKindGuessed: Bool, word: String?, tense: ClauseTense?, namesUnresolvedTime: Bool = false
  ) {
    self.date = date
    self.summary = summary
    self.actors = actors
    self.primary = primary
    self.mentions = mentions
    self.telling = telling
    self.word = word
    storedFirstToken = Int32(truncatingIfNeeded: firstToken)
    storedLastToken = Int32(truncatingIfNeeded: lastToken)
    storedSummaryRank = Int8(truncatingIfNeeded: summaryRank)
    self.kind = kind
    self.isPlural = isPlural
    self.isKindGuessed = isKindGuessed
    self.tense = tense
    self.namesUnresolvedTime = namesUnresolvedTime
  }
}
