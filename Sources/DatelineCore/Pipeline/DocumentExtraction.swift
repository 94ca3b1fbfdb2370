/// Everything extracted from one document on its own, before documents are merged: actors,
/// quotes and events numbered within the document. Produced by `DocumentExtractor`, which needs
/// nothing from other documents, so documents can be extracted in any order or in parallel.
public struct DocumentExtraction: Sendable {
  /// The document.
  public var document: Document
  /// The document's actors; ids are indices here.
  public var actors: [Actor]
  /// The document's quotes; ids are indices here, speakers are actor ids of this document.
  public var quotes: [Quote]
  /// The document's events; ids, actor ids and quote ids are this document's own.
  public var events: [DocumentEvent]
  /// Doubts found in the document: its reading findings, unmatched and unattributed quotes.
  public var findings: [Finding]
  /// The id of the event that leads the story, when it sets the story's time: the events of the
  /// document's later blocks that take that time are anchored to it.
  public var storyLead: Int?

  /// Creates an extraction.
  public init(
    document: Document, actors: [Actor], quotes: [Quote], events: [DocumentEvent], findings: [Finding],
    storyLead: Int? = nil
  ) {
    self.document = document
    self.actors = actors
    self.quotes = quotes
    self.events = events
    self.findings = findings
    self.storyLead = storyLead
  }
}
