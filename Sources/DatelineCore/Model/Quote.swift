/// A quotation: the quoted words, who said them, and how the text says so.
public struct Quote: Hashable, Sendable, Identifiable {
  // Stored with the ids in 32 bits after the spans, so that a quote takes 44 bytes, not 64: a
  // long text of reported statements holds one for each.
  /// The quoted words, without the quotation marks (over several paragraphs when it runs on).
  public var span: SourceSpan
  /// The attribution: `Orton told Arab News`, `said Heras`.
  public var cue: SourceSpan?
  /// Whether this is reported speech (`X said that …`) rather than quoted words.
  public var isIndirect: Bool
  private var storedID: Int32
  /// The speaker's id, or -1 for none (actor ids are never negative).
  private var storedSpeaker: Int32

  /// The quote's index in the timeline's quote list.
  public var id: Int {
    get { Int(storedID) }
    set { storedID = Int32(truncatingIfNeeded: newValue) }
  }

  /// The speaker's actor id, when known.
  public var speaker: Int? {
    get { storedSpeaker < 0 ? nil : Int(storedSpeaker) }
    set { storedSpeaker = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
  }

  /// Creates a quote.
  public init(id: Int, span: SourceSpan, speaker: Int? = nil, cue: SourceSpan? = nil, isIndirect: Bool = false) {
    self.span = span
    self.cue = cue
    self.isIndirect = isIndirect
    storedID = Int32(truncatingIfNeeded: id)
    storedSpeaker = speaker.map { Int32(truncatingIfNeeded: $0) } ?? -1
  }
}
