/// A quotation: the quoted words, who said them, and how the text says so.
public struct Quote: Hashable, Sendable, Identifiable {
  /// The quote's index in the timeline's quote list.
  public var id: Int
  /// The quoted words, without the quotation marks (over several paragraphs when it runs on).
  public var span: SourceSpan
  /// The speaker's actor id, when known.
  public var speaker: Int?
  /// The attribution: `Orton told Arab News`, `said Heras`.
  public var cue: SourceSpan?
  /// Whether this is reported speech (`X said that …`) rather than quoted words.
  public var isIndirect: Bool

  /// Creates a quote.
  public init(id: Int, span: SourceSpan, speaker: Int? = nil, cue: SourceSpan? = nil, isIndirect: Bool = false) {
    self.id = id
    self.span = span
    self.speaker = speaker
    self.cue = cue
    self.isIndirect = isIndirect
  }
}
