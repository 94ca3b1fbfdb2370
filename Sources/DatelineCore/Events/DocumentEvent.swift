/// An event of one document, with what the cross-document merge and the ordering need to know.
public struct DocumentEvent: Sendable, Hashable {
  /// The event; its id, actor ids, quote ids and `anchorEvent` are the document's own.
  public var event: Event
  /// The first token that tells it: its place in the story.
  public var position: Int
  /// For an undated event, the document's dated event told last before it (or, when none was,
  /// the first one told after it), so that it keeps its place between dated neighbours.
  public var neighbour: Int?
  /// Whether `neighbour` is told after this event rather than before it.
  public var neighbourFollows: Bool
  /// The event word it was first told with, lower-cased (`agreement`), when it had one.
  public var word: String?
}
