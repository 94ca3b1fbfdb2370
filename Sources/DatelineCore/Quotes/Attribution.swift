/// Who a quotation is attributed to and where the text says so.
struct Attribution: Sendable, Hashable {
  /// How the text names the speaker.
  enum Speaker: Sendable, Hashable {
    /// By a name or a role noun: an index into the document's actor mentions.
    case mention(Int)
    /// By a pronoun at this token.
    case pronoun(Int)
    /// By a role noun phrase and no name: its tokens and its head noun (`the seller`, `one
    /// resident`, `a spokeswoman for the council`).
    case role(Range<Int>, head: Int)
    /// By words that name no one: `the report`, `the old manual`.
    case unnamed
  }

  /// The speaker.
  var speaker: Speaker
  /// The tokens of the attribution: `Orton told Arab News`, `said Heras`.
  var cue: Range<Int>
}
