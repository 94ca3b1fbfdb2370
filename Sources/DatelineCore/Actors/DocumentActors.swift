/// One place where an actor is named: by a name, a short form, an alias or a role noun.
struct ActorMention: Sendable, Hashable {
  /// The tokens of the mention (without a possessive `’s`).
  var tokens: Range<Int>
  /// The actor's index in the document's actor list.
  var actor: Int
  /// Whether the mention is a role noun (`the prime minister`) rather than a name.
  var isRole: Bool
  /// Whether the name is the first part of a hyphenated modifier (`Iran-backed`).
  var isModifier: Bool
  /// Whether the mention is a speaker named by a role alone (`one resident said`), an actor of
  /// its own whom no later pronoun is resolved to.
  var isRoleSpeaker = false
}

/// The actors of one document, numbered from 0 in order of first mention, and their mentions.
struct DocumentActors: Sendable {
  /// The actors; their ids are their indices here.
  var actors: [Actor]
  /// Every mention, in text order.
  var mentions: [ActorMention]

  /// The index of the first mention that starts at or after token `token`.
  func firstMention(atOrAfter token: Int) -> Int {
    mentions.partitioningIndex { $0.tokens.lowerBound >= token }
  }

  /// The mentions that start inside `tokens`, in text order.
  func mentions(in tokens: Range<Int>) -> ArraySlice<ActorMention> {
    let start = firstMention(atOrAfter: tokens.lowerBound)
    // Found by bisection, not by counting: callers that want only the first or the last mention
    // of a long range read it in time that does not grow with the range.
    let end = mentions[start...].partitioningIndex { $0.tokens.lowerBound >= tokens.upperBound }
    return mentions[start..<end]
  }
}
