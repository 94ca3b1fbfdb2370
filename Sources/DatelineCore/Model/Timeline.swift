/// Everything extracted from a set of documents: the events in time order, their actors and quotes.
public struct Timeline: Sendable {
  /// The documents, by id.
  public var documents: [Document]
  /// The actors, by id.
  public var actors: [Actor]
  /// The quotes, by id.
  public var quotes: [Quote]
  /// The events in timeline order: dated ones by date, undated ones in narrative place.
  public var events: [Event]
  /// Doubts found on the way.
  public var findings: [Finding]

  /// Creates a timeline.
  public init(
    documents: [Document], actors: [Actor] = [], quotes: [Quote] = [], events: [Event] = [],
    findings: [Finding] = []
  ) {
    self.documents = documents
    self.actors = actors
    self.quotes = quotes
    self.events = events
    self.findings = findings
  }

  /// The text of a span.
  public func text(_ span: SourceSpan) -> String {
    documents[span.document].string(span.range)
  }
}
