/// A clause-sized piece of a sentence, between commas, dashes, semicolons, or before a relative
/// pronoun or a subordinator, with what kind of piece it is.
struct Segment: Sendable, Hashable {
  /// What a segment does in its sentence.
  enum Role: Sendable, Hashable {
    /// An opening adverbial before the main clause: `In May 2020,`, `However,`, `But, as …,`.
    case leading
    /// A clause or part of one.
    case main
    /// A relative clause: `which had been …`, `that began in October 2019 …`, `during which …`.
    case relative
    /// A participle after a comma: `, injuring seven members …`, `, targeting US troops …`.
    case participle
  }

  /// The tokens, without the punctuation that separates segments.
  var tokens: Range<Int>
  /// What the segment does.
  var role: Role
}
