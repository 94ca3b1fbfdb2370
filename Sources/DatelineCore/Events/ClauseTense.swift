/// The time a clause's verb group places its happening in, read from the auxiliaries before the
/// verb and the verb's own form: what news convention needs to date a clause that names no date.
enum ClauseTense: UInt8, Sendable {
  /// Simple or perfect past, active or passive: `unveiled`, `was praised`, `had left`.
  case past
  /// Present perfect: `has unveiled`, `have been purchased`; in news, a happening of the report's
  /// days.
  case perfect
  /// Present: `says`, `is`, `are offered`.
  case present
  /// Future or hypothetical: `will launch`, `would be`, `could close`.
  case future
  /// What a product is or has, told in the present (`The Zap 4 has two cameras`): of the
  /// publication date, but never the lead of a story.
  case state

  /// Whether the clause tells of something that has already happened.
  var isPast: Bool { self == .past || self == .perfect }

  /// How far back from the verb the auxiliaries of its group may stand (`had not yet been`).
  private static let reach = 5

  /// The tense of the verb group whose main verb is token `verb`.
  static func of(verb: Int, in tagged: TaggedText) -> ClauseTense {
    var index = verb - 1
    var finite: Int?
    while index >= 0, verb - index <= reach {
      if tagged.has(index, .modal) || tagged.isWord(index, "ll") { return .future }
      if tagged.has(index, .auxiliary) || tagged.upos(index) == .aux {
        finite = index
      } else if tagged.upos(index) != .adv && tagged.upos(index) != .part {
        break
      }
      index -= 1
    }
    guard let finite else {
      return tagged.has(verb, .pastVerb) || tagged.endsWith(verb, "ed") ? .past : .present
    }
    if tagged.isWord(finite, "was") || tagged.isWord(finite, "were") || tagged.isWord(finite, "had")
      || tagged.isWord(finite, "did")
    {
      return .past
    }
    if tagged.isWord(finite, "has") || tagged.isWord(finite, "have") || tagged.isWord(finite, "ve") {
      return .perfect
    }
    return .present
  }
}
