/// One place where a document tells of an event, before mentions are gathered into events.
struct EventMention: Sendable {
  /// How the mention was found.
  enum Origin: Sendable, Hashable {
    /// A verb that carries the event: `militiamen encircled …`.
    case verb
    /// A clause with a date and no event verb, whose kind comes from an event word in it or in
    /// the noun phrase it is about: `the protest movement that began in October 2019`.
    case datedSolid
    /// A clause with a date and no event verb, whose kind is only guessed from the sentence:
    /// `the 48 they secured in 2018`.
    case dated
    /// A noun phrase with its own date: `the Nov. 7 attack`.
    case datedNoun
    /// A definite noun phrase naming an event told before: `the attack`.
    case reference
  }

  /// Where the date of a mention comes from.
  enum DateSource: Sendable, Hashable {
    /// A temporal expression: an index into the document's `times`.
    case expression(Int)
    /// A shift from another event: `the night before the drone attack`.
    case anchored(EventAnchoredTime)
  }

  /// How it was found.
  var origin: Origin
  /// What kind of event it tells of.
  var kind: Event.Kind
  /// Where its date comes from, if it has one.
  var date: DateSource?
  /// The evidence: the clause, or the noun phrase.
  var tokens: Range<Int>
  /// The trigger word.
  var trigger: Int
  /// Whether the trigger is plural (`attacks`), for matching references to events.
  var isPlural: Bool
  /// The one-line summary, for verb and dated mentions.
  var summary: String?
  /// The actors involved, main actor first (document actor ids).
  var actors: [Int]
  /// The tense of the verb that tells it, for verb mentions.
  var tense: ClauseTense? = nil
  /// Whether its clause holds a time expression, used or not (`lost heavily in the Oct. 10
  /// election`): such a clause takes no date from its neighbours.
  var holdsTime = false
}
