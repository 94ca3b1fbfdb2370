/// An event of one document while its mentions are being gathered.
struct EventDraft: Sendable {
  /// What kind of event it is.
  var kind: Event.Kind
  /// Its date, when a mention gave one.
  var date: EventDate?
  /// The summary, and how good a source it came from (higher is better).
  var summary: String
  var summaryRank: Int
  /// The actors, main actor first.
  var actors: [Int]
  /// The main evidence.
  var primary: SourceSpan
  /// Every mention, in text order.
  var mentions: [SourceSpan]
  /// The mentions that tell the event itself (not references to it).
  var telling: [SourceSpan]
  /// The first and last tokens of its mentions, for narrative order and references.
  var firstToken: Int
  var lastToken: Int
  /// Whether it was first told in the plural (`similar drone attacks`).
  var isPlural: Bool
  /// Whether its kind was only guessed from the words around a date, with no event word of its own.
  var isKindGuessed: Bool
  /// The event word it was first told with, lower-cased (`agreement`), when it had one.
  var word: String?
  /// The tense of the verb it was first told with, when a verb told it.
  var tense: ClauseTense?
  /// Whether its first mention named a time that could not be worked out (`the night before the
  /// attack` with no attack told) or that belongs to a noun in it (`lost in the Oct. 10
  /// election`): such an event takes no date from its neighbours.
  var namesUnresolvedTime = false
}
