/// The time a clause's verb group places its happening in, read from the auxiliaries before the
/// verb and the verb's own form: what news convention needs to date a clause that names no date.
enum ClauseTense: UInt8, Sendable {
  /// Simple past, active or passive: `unveiled`, `was praised`.
  case past
  /// Past perfect, or a simple past marked as earlier (`had left`, `first introduced`,
  /// `previously held`): told as before the time of the story.
  case pastPerfect
  /// Present perfect: `has unveiled`, `have been purchased`; in news, a happening of the report's
  /// days.
  case perfect
  /// Present: `says`, `is`, `are offered`.
  case present
  /// Present progressive: `is stepping down`, `are recalling`; in news, a happening of the
  /// report's days.
  case progressive
  /// Future or hypothetical: `will launch`, `would be`, `could close`.
  case future
  /// What a product is or has, told in the present (`The Zap 4 has two cameras`): of the
  /// publication date, but never the lead of a story.
  case state

  /// Whether the clause tells of something that has already happened.
  var isPast: Bool { self == .past || self == .pastPerfect || self == .perfect }

  /// Whether a clause in this tense may be a story's lead: not what is to come, what was before
  /// the story (the past perfect), or what a product is.
  var canLead: Bool { self != .state && self != .future && self != .pastPerfect }

  /// How far back from the verb the auxiliaries of its group may stand (`had not yet been`).
  private static let reach = 5

  /// The tense of the verb group whose main verb is token `verb`.
  static func of(verb: Int, in tagged: TaggedText) -> ClauseTense {
    var index = verb - 1
    var finite: Int?
    var earlier = false
    while index >= 0, verb - index <= reach {
      // `may` is no modal in the lexicon, which holds the month.
      if tagged.has(index, .modal) || tagged.isWord(index, "ll") || isLowercaseMay(index, in: tagged) { return .future }
      if tagged.has(index, .auxiliary) || tagged.upos(index) == .aux {
        finite = index
      } else if tagged.upos(index) == .adv {
        earlier = earlier || isEarlier(index, in: tagged)
      } else if tagged.upos(index) != .part && !(tagged.isWord(index, "able") && tagged.isWord(index + 1, "to")) {
        // `able to` belongs to the group: `were able to contain` is told in the past.
        break
      }
      index -= 1
    }
    guard let finite else {
      guard tagged.has(verb, .pastVerb) || tagged.endsWith(verb, "ed") else { return .present }
      return earlier ? .pastPerfect : .past
    }
    if tagged.isWord(finite, "had") { return .pastPerfect }
    if tagged.isWord(finite, "was") || tagged.isWord(finite, "were") || tagged.isWord(finite, "did") {
      return earlier ? .pastPerfect : .past
    }
    if tagged.isWord(finite, "has") || tagged.isWord(finite, "have") || tagged.isWord(finite, "ve") {
      return .perfect
    }
    if tagged.endsWith(verb, "ing"),
      tagged.isWord(finite, "is") || tagged.isWord(finite, "are") || tagged.isWord(finite, "am")
        || tagged.isWord(finite, "re")
    {
      return .progressive
    }
    return .present
  }

  /// Whether token `index` is the modal `may`, in lower case and read as an auxiliary.
  static func isLowercaseMay(_ index: Int, in tagged: TaggedText) -> Bool {
    tagged.isWord(index, "may") && tagged.isLowercaseWord(index) && tagged.upos(index) == .aux
  }

  /// Whether token `index` is an adverb that sets a past happening before the story's time
  /// (`first introduced`, `previously held`, `once owned`).
  private static func isEarlier(_ index: Int, in tagged: TaggedText) -> Bool {
    tagged.isWord(index, "first") || tagged.isWord(index, "previously") || tagged.isWord(index, "originally")
      || tagged.isWord(index, "formerly") || tagged.isWord(index, "once")
  }
}
